package io.kontor.standalone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./kontor import}, the command-line client in the repository, against the running service. Runs on H2 only
 * (not an *EndToEndTest): it tests the client over HTTP, and each run compiles the client with the JDK's launcher.
 */
class KontorCommandLineTest extends StandaloneTest {

    private static final Path SCRIPT = Path.of("..", "kontor").toAbsolutePath().normalize();

    @TempDir
    Path folder;

    private record Run(int exit, String output) {
    }

    private Run kontor(String input, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().put("KONTOR_URL", baseUrl());
        builder.environment().put("JAVA", ProcessHandle.current().info().command().orElse("java"));
        try {
            Process process = builder.start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("kontor finished: %s", output).isTrue();
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void write(ImportSamples org, String... samples) throws IOException {
        for (String sample : samples) {
            Files.write(folder.resolve(Path.of(sample).getFileName()), org.bytes(sample));
        }
    }

    @Test
    void showsThePlanAppliesWithYesAndDrawsTheProgressUntilDone() throws IOException {
        ImportSamples org = ImportSamples.org();
        write(org, "salesforce/Contact.csv", "salesforce/Account.csv");

        Run run = kontor("", "import", "--yes", "Contact.csv", "Account.csv");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("Plan for Contact.csv, Account.csv (salesforce), 10 rows:")
                .containsPattern("Account\\s+6\\s+5\\s+0\\s+0\\s+0")
                .containsPattern("Contact\\s+4\\s+3\\s+0\\s+0\\s+1")
                .contains("Rows that will not be imported (1):", "Contact.csv:6 AccountId: unknown Account")
                .contains("] 100% 10/10 rows")
                .contains("DONE: 8 created, 0 updated, 0 unchanged, 1 failed");
    }

    @Test
    void asksBeforeApplyingAndRevertsOnRequest() throws IOException {
        ImportSamples org = ImportSamples.org();
        write(org, "salesforce/Account.csv");

        Run declined = kontor("n\n", "import", "Account.csv");
        Run applied = kontor("y\n", "import", "Account.csv");
        Matcher id = Pattern.compile("Import ([0-9a-f-]{36}) DONE").matcher(applied.output());
        assertThat(id.find()).as(applied.output()).isTrue();
        Run reverted = kontor("", "revert", "--yes", id.group(1));

        assertThat(declined.exit()).isZero();
        assertThat(declined.output()).contains("Apply this import? [y/N]", "Not applied; nothing was written.");
        assertThat(applied.exit()).as(applied.output()).isZero();
        assertThat(applied.output()).contains("DONE: 5 created");
        assertThat(reverted.exit()).as(reverted.output()).isZero();
        assertThat(reverted.output()).contains("REVERTED");
        assertThat(kontor("", "import", "--yes", "Missing.csv").exit()).isEqualTo(2);
    }
}
