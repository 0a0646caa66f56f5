package de.souveraen.reporting.entry;

import de.souveraen.reporting.view.Lang;

/**
 * What most forms have in common: a path, the page they belong to (where "Abbrechen" and success lead), the role they
 * are for, and their words in German and English. A form then only says its fields and its request.
 */
public abstract class BasicForm implements EntryForm {
    private final String path;
    private final String navPath;
    private final String role;
    private final Words words;

    /** A form's words: heading, introduction (may be null), the submit button and the notice after success. */
    public record Words(String headingDe, String headingEn, String introDe, String introEn, String submitDe,
            String submitEn, String doneDe, String doneEn) {
    }

    protected BasicForm(String path, String navPath, String role, Words words) {
        this.path = path;
        this.navPath = navPath;
        this.role = role;
        this.words = words;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String navPath() {
        return navPath;
    }

    @Override
    public String role() {
        return role;
    }

    @Override
    public String heading(Lang lang) {
        return lang.pick(words.headingDe(), words.headingEn());
    }

    @Override
    public String intro(Lang lang) {
        return words.introDe() == null ? null : lang.pick(words.introDe(), words.introEn());
    }

    @Override
    public String submitLabel(Lang lang) {
        return lang.pick(words.submitDe(), words.submitEn());
    }

    @Override
    public String back(Call call) {
        return navPath + call.langQuery();
    }

    @Override
    public String doneNotice(Lang lang) {
        return lang.pick(words.doneDe(), words.doneEn());
    }

    /** A date field that may stay empty for today. */
    protected static Form.Field dateOrToday(String name, Lang lang, String labelDe, String labelEn) {
        return Form.Field.date(name, lang.pick(labelDe, labelEn), lang.pick("Leer lassen für heute",
                "Leave empty for today"), false);
    }
}
