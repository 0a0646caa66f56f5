package de.souveraen.testing.oparl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A walk through an OParl 1.1 feed as one reader sees it: from the System to every list, every page, every object,
 * every embedded object and every URL below the feed's root, each object checked against its type in
 * {@link OParlModel}; every answer must carry {@code Access-Control-Allow-Origin: *}, every object answer its own
 * id, every referenced object the type the model names, every File's access URL answer and its download URL answer
 * as an attachment.
 */
public final class OParlWalk {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int LIMIT = 5000;

    /** One GET as the reader: status, a header by name (null when absent) and the body. */
    public record Answer(int status, java.util.function.Function<String, String> header, String body) {
    }

    /** How the walk reads a URL (with the reader's token, if any). */
    @FunctionalInterface
    public interface Reader {
        Answer get(String url);
    }

    /** What a walk found: the findings, the objects checked by type, the URLs read, every answer's text. */
    public record Result(List<String> findings, Map<String, Integer> types, int objects, int urls, int files,
            List<String> texts) {
        @Override
        public String toString() {
            return urls + " URLs, " + objects + " objects by type " + types + ", " + files + " file URLs, "
                    + findings.size() + " findings";
        }
    }

    private final OParlModel model = OParlModel.oparl11();
    private final Reader reader;
    private final String root;
    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> types = new TreeMap<>();
    private final List<String> texts = new ArrayList<>();
    /** Each URL to read, with what it must answer: a type ("Meeting"), a list ("list>Meeting") or null. */
    private final Map<String, String> seen = new LinkedHashMap<>();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Map<String, String> files = new LinkedHashMap<>();
    /** The type of each object read or seen embedded or in a list, by its id. */
    private final Map<String, String> actual = new LinkedHashMap<>();
    /** Every reference with a type: {@code [url, expected type, property]}. */
    private final List<String[]> references = new ArrayList<>();
    private int objects;

    private OParlWalk(Reader reader, String root) {
        this.reader = reader;
        this.root = root;
    }

    /** Walks the feed whose System answers at {@code systemUrl}; only URLs below its folder are followed. */
    public static Result walk(String systemUrl, Reader reader) {
        String root = systemUrl.substring(0, systemUrl.lastIndexOf('/') + 1);
        OParlWalk walk = new OParlWalk(reader, root);
        walk.enqueue(systemUrl, "System");
        walk.run();
        return new Result(List.copyOf(walk.findings), Map.copyOf(walk.types), walk.objects, walk.seen.size(),
                walk.files.size(), List.copyOf(walk.texts));
    }

    private void enqueue(String url, String expected) {
        if (url.startsWith(root) && !seen.containsKey(url)) {
            seen.put(url, expected);
            queue.add(url);
        }
    }

    private void run() {
        OParlModel.Links links = new OParlModel.Links() {
            @Override
            public void reference(String property, String url, String expectedType) {
                if (property.equals("accessUrl") || property.equals("downloadUrl")) {
                    files.putIfAbsent(url, property);
                } else {
                    if (expectedType != null) {
                        references.add(new String[] {url, expectedType, property});
                    }
                    enqueue(url, expectedType);
                }
            }

            @Override
            public void list(String property, String url, String itemType) {
                enqueue(url, "list>" + itemType);
            }

            @Override
            public void embedded(JsonNode object) {
                String type = model.typeOf(object);
                types.merge(type, 1, Integer::sum);
                actual.put(object.path("id").asText(""), type);
                enqueue(object.path("id").asText(""), type);
            }
        };
        while (!queue.isEmpty()) {
            if (seen.size() > LIMIT) {
                findings.add("more than " + LIMIT + " URLs: the walk stops");
                return;
            }
            String url = queue.poll();
            String expected = seen.get(url);
            JsonNode node = read(url);
            if (node == null) {
                continue;
            }
            texts.add(node.toString());
            boolean list = node.has("data") && node.has("pagination");
            if (expected != null && expected.startsWith("list>") != list) {
                findings.add(url + ": " + (list ? "a list where an object" : "an object where a list") + " belongs");
                continue;
            }
            if (list) {
                String itemType = expected == null ? null : expected.substring("list>".length());
                if (!node.get("data").isArray()) {
                    findings.add(url + ": data is no array");
                    continue;
                }
                for (String link : List.of("first", "last")) {
                    if (!node.path("links").has(link)) {
                        findings.add(url + ": list without links." + link);
                    }
                }
                String next = node.path("links").path("next").asText(null);
                if (next != null) {
                    enqueue(next, expected);
                }
                for (int i = 0; i < node.get("data").size(); i++) {
                    JsonNode item = node.get("data").get(i);
                    object(item, itemType, url + " data[" + i + "]", links);
                    String id = item.path("id").asText("");
                    if (!seen.containsKey(id)) {
                        enqueue(id, itemType);
                    }
                }
            } else {
                if (!url.equals(node.path("id").asText())) {
                    findings.add(url + ": answers an object with id " + node.path("id").asText());
                }
                object(node, expected, url, links);
            }
        }
        for (String[] reference : references) {
            String type = actual.get(reference[0]);
            String finding = reference[0] + " is a " + type + " where " + reference[2] + " refers to a "
                    + reference[1];
            if (type != null && !type.equals(reference[1]) && !findings.contains(finding)) {
                findings.add(finding);
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().startsWith(root)) {
                continue;
            }
            Answer answer = reader.get(file.getKey());
            String disposition = String.valueOf(answer.header().apply("Content-Disposition"));
            if (answer.status() != 200) {
                findings.add(file.getKey() + ": HTTP " + answer.status());
            } else if (file.getValue().equals("downloadUrl") != disposition.startsWith("attachment")) {
                findings.add(file.getKey() + " (" + file.getValue() + "): Content-Disposition " + disposition);
            }
        }
    }

    private void object(JsonNode object, String expected, String where, OParlModel.Links links) {
        objects++;
        String type = model.typeOf(object);
        types.merge(type == null ? "?" : type, 1, Integer::sum);
        if (type != null) {
            actual.put(object.path("id").asText(""), type);
        }
        model.check(object, expected, where, findings, links);
    }

    private JsonNode read(String url) {
        Answer answer = reader.get(url);
        if (answer.status() != 200) {
            findings.add(url + ": HTTP " + answer.status());
            return null;
        }
        if (!"*".equals(answer.header().apply("Access-Control-Allow-Origin"))) {
            findings.add(url + ": no Access-Control-Allow-Origin: *");
        }
        try {
            return MAPPER.readTree(answer.body());
        } catch (IOException e) {
            findings.add(url + ": no JSON");
            return null;
        }
    }
}
