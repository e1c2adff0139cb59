package org.neighbourhood.neighbourhoods;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neighbourhood.base.Messages;

/**
 * What an import did, or why it did nothing: every problem found, each with the line of the file it is on.
 * An import with any problem writes nothing.
 */
public record ImportReport(int created, int updated, int rows, List<Problem> problems) {

    /**
     * One problem, as a message key and its arguments ({@code import.*} in the translation bundles), so that
     * the back office says it in the reader's language and the command line in English.
     */
    public record Problem(int line, String key, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        Problem(int line, String key, Object... arguments) {
            this(line, key, Arrays.stream(arguments).map(String::valueOf).toList());
        }

        /** The problem in a language, with its line: "line 3: …". */
        public String describe(Messages messages, Locale language) {
            var text = messages.get(key, language, arguments.toArray());
            return line > 0 ? messages.get("import.line", language, String.valueOf(line), text) : text;
        }
    }

    static ImportReport failed(List<Problem> problems) {
        return new ImportReport(0, 0, 0, List.copyOf(problems));
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
