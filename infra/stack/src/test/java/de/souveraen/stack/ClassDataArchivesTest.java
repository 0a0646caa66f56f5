package de.souveraen.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's class-data archives: recorded once per build and JDK, kept only after a clean exit. */
class ClassDataArchivesTest {
    @TempDir
    Path dir;

    private static String file(List<String> options, String prefix) {
        assertThat(options).hasSize(1);
        assertThat(options.get(0)).startsWith(prefix);
        return options.get(0).substring(prefix.length());
    }

    @Test
    void firstStartRecordsLaterStartsMapTheArchiveAndARebuildRecordsAgain() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "build 1");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"), true);

        List<String> first = archives.options("budget", jar);
        Path recording = Path.of(file(first, "-XX:ArchiveClassesAtExit="));
        assertThat(recording.getFileName().toString()).startsWith("budget-").endsWith(".tmp");
        assertThat(archives.options("budget", jar)).as("a second start while the first records").isEmpty();
        Files.writeString(recording, "archive of build 1"); // what the JVM writes at its exit
        archives.ended(first, 143); // SIGTERM: the JVM ran its exit and wrote the archive

        Path archive = Path.of(file(archives.options("budget", jar), "-XX:SharedArchiveFile="));
        assertThat(archive).hasContent("archive of build 1");
        assertThat(recording).doesNotExist();

        Files.writeString(jar, "build 2, longer");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        List<String> rebuilt = archives.options("budget", jar);
        file(rebuilt, "-XX:ArchiveClassesAtExit=");
        assertThat(archive).as("the old build's archive").doesNotExist();
    }

    @Test
    void aKilledRecordingIsDroppedAndOtherServicesAreUntouched() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "build 1");
        ClassDataArchives archives = new ClassDataArchives(dir.resolve("cds"), true);
        List<String> inventory = archives.options("inventory", jar);
        archives.ended(inventory, 143);
        Path recording = Path.of(file(archives.options("inventory", jar), "-XX:ArchiveClassesAtExit="));
        // the JVM had written the archive when it did not exist yet: nothing recorded, nothing kept
        assertThat(recording).doesNotExist();

        List<String> reporting = archives.options("reporting", jar);
        Path half = Path.of(file(reporting, "-XX:ArchiveClassesAtExit="));
        Files.writeString(half, "half an archive");
        archives.ended(reporting, 137); // SIGKILL while writing
        assertThat(half).doesNotExist();
        file(archives.options("reporting", jar), "-XX:ArchiveClassesAtExit=");
        assertThat(archives.options("inventory", jar)).as("inventory still records").isEmpty();
    }

    @Test
    void switchedOffMeansNoOption() throws Exception {
        Path jar = Files.writeString(dir.resolve("quarkus-run.jar"), "build 1");
        assertThat(new ClassDataArchives(dir.resolve("cds"), false).options("budget", jar)).isEmpty();
    }
}
