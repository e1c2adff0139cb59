package org.neighbourhood.neighbourhoods;

import java.util.List;

/**
 * What an import did, or why it did nothing: every problem found, each with the line of the file it is on.
 * An import with any problem writes nothing.
 */
public record ImportReport(int created, int updated, int rows, List<Problem> problems) {

    public record Problem(int line, String message) {
        @Override
        public String toString() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }

    static ImportReport failed(List<Problem> problems) {
        return new ImportReport(0, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
