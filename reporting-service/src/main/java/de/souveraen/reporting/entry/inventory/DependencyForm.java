package de.souveraen.reporting.entry.inventory;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.ServiceClient;

/** A form about one dependency ({@code {id}} in its path): "Abbrechen" and success lead to the dependency's page. */
abstract class DependencyForm extends BasicForm {

    DependencyForm(String path, Words words) {
        super(path, "/dependencies", "administration", words);
    }

    @Override
    public String back(Call call) {
        return DependencyListResource.detail(call);
    }

    @Override
    public String done(Call call, ServiceClient.Answer answer) {
        return DependencyListResource.detail(call) + "&done=" + key();
    }
}
