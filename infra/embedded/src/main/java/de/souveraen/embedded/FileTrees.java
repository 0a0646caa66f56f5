package de.souveraen.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting the temporary directories of the embedded servers. */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} with everything below it; what cannot be deleted is left behind silently. */
    public static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // a temporary directory: the OS cleans up what is left
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // same
        }
    }
}
