package de.souveraen.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Application class-data sharing for the services, made by the launcher itself (ADR 0010): the first start of a
 * service build records its classes with {@code -XX:ArchiveClassesAtExit} (the JVM writes the archive when the
 * service stops), every later start maps that archive with {@code -XX:SharedArchiveFile}. Nothing is built in CI.
 *
 * <p>An archive belongs to one JDK and one build of the service: its name carries a hash of the JDK (home and VM
 * version) and of the service jar (path, size, modification time), so a rebuild or another JDK records a new one;
 * the service's older archives are deleted then. The JVM writes to a temporary name; the file becomes the archive
 * only when the service ended by itself or on SIGTERM, never after a SIGKILL (exit 137), which may have cut the
 * file short. Should an archive still not fit, the JVM says so in the service's log and starts without it
 * ({@code -Xshare:auto}, the default). {@code -Dsouveraen.cds=false} switches the whole thing off.
 */
final class ClassDataArchives {
    private static final int SIGKILLED = 128 + 9;

    private final Path folder;
    private final boolean enabled;
    /** Recording in progress: temporary file → archive. */
    private final Map<Path, Path> pending = new ConcurrentHashMap<>();

    ClassDataArchives(Path folder, boolean enabled) {
        this.folder = folder;
        this.enabled = enabled;
    }

    static ClassDataArchives in(Path cache) {
        return new ClassDataArchives(cache.resolve("cds"),
                !"false".equals(System.getProperty("souveraen.cds")));
    }

    /** The JVM option for one start of {@code service} from {@code jar}: use the archive, or record it. */
    synchronized List<String> options(String service, Path jar) {
        if (!enabled) {
            return List.of();
        }
        try {
            Files.createDirectories(folder);
            Path archive = folder.resolve(service + "-" + key(jar) + ".jsa");
            deleteOthers(service, archive);
            if (Files.isRegularFile(archive)) {
                return List.of("-XX:SharedArchiveFile=" + archive);
            }
            Path recording = folder.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            if (pending.containsKey(recording)) {
                return List.of(); // another start of the same service is recording already
            }
            Files.deleteIfExists(recording);
            pending.put(recording, archive);
            return List.of("-XX:ArchiveClassesAtExit=" + recording);
        } catch (IOException e) {
            return List.of(); // no archive is no error: the service starts as without CDS
        }
    }

    /** After a service process ended with {@code exitCode}: its recording becomes the archive, or is dropped. */
    synchronized void ended(List<String> command, int exitCode) {
        if (command == null) {
            return; // handled already
        }
        for (String option : command) {
            if (!option.startsWith("-XX:ArchiveClassesAtExit=")) {
                continue;
            }
            Path recording = Path.of(option.substring("-XX:ArchiveClassesAtExit=".length()));
            Path archive = pending.remove(recording);
            if (archive == null) {
                continue; // handled already
            }
            try {
                if (exitCode != SIGKILLED && Files.isRegularFile(recording)
                        && Files.size(recording) > 0) {
                    Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(recording);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not keep the class-data archive " + archive, e);
            }
        }
    }

    /** Archives of older builds or JDKs of this service (recordings of other launchers are left alone). */
    private void deleteOthers(String service, Path keep) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(service + "-") && name.endsWith(".jsa") && !file.equals(keep)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    static String key(Path jar) throws IOException {
        String identity = System.getProperty("java.home") + "|" + System.getProperty("java.vm.version") + "|"
                + jar.toAbsolutePath() + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
