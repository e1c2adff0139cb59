package org.neighbourhood.neighbourhoods;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.neighbourhood.base.Messages;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code --import.boundaries=FILE.geojson} and/or
 * {@code --import.coverage=FILE.csv}. Prints what was loaded, or every problem by line and loads nothing.
 */
@Component
@Order(10)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String BOUNDARIES = "import.boundaries";
    static final String COVERAGE = "import.coverage";

    private final NeighbourhoodImportService imports;
    private final Permissions permissions;
    private final Messages messages;
    private final PrintStream out;
    private int exitCode;

    @Autowired
    ImportCommand(NeighbourhoodImportService imports, Permissions permissions, Messages messages) {
        this(imports, permissions, messages, System.out);
    }

    ImportCommand(NeighbourhoodImportService imports, Permissions permissions, Messages messages, PrintStream out) {
        this.imports = imports;
        this.permissions = permissions;
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        permissions.runAsSystem("command-line-import", () -> importFiles(arguments));
    }

    private void importFiles(ApplicationArguments arguments) {
        if (arguments.containsOption(BOUNDARIES)) {
            for (var file : arguments.getOptionValues(BOUNDARIES)) {
                report("boundaries", file, read(file, imports::importBoundaries));
            }
        }
        if (arguments.containsOption(COVERAGE) && exitCode == 0) {
            for (var file : arguments.getOptionValues(COVERAGE)) {
                report("postcode coverage", file, read(file, imports::importCoverage));
            }
        }
    }

    private ImportReport read(String file, java.util.function.Function<InputStream, ImportReport> importer) {
        var path = Path.of(file);
        if (!Files.isReadable(path)) {
            return ImportReport.failed(
                    java.util.List.of(new ImportReport.Problem(0, "import.file.unreadable", path)));
        }
        try (var in = Files.newInputStream(path)) {
            return importer.apply(in);
        } catch (IOException e) {
            return ImportReport.failed(java.util.List.of(new ImportReport.Problem(0, "import.file.unreadable",
                    path + ": " + e.getMessage())));
        }
    }

    private void report(String what, String file, ImportReport report) {
        if (report.succeeded()) {
            out.printf("Imported %s from %s: %d rows, %d neighbourhoods created, %d updated%n", what, file,
                    report.rows(), report.created(), report.updated());
        } else {
            exitCode = 1;
            out.printf("Nothing was imported from %s; fix these problems and try again:%n", file);
            // The command line speaks English, as operators' logs do.
            report.problems().forEach(problem -> out.println("  " + problem.describe(messages, Locale.ENGLISH)));
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
