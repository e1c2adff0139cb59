package org.neighbourhood.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The demo's start, again on the tests' demo database where the demo sign-ins already exist. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSignInsTest {

    @Autowired
    DemoData demo;

    @Test
    void every_start_of_the_demo_says_in_one_line_that_the_demo_sign_ins_exist(CapturedOutput output)
            throws Exception {
        var before = demoModeLines(output).size();

        demo.run(new DefaultApplicationArguments());

        var lines = demoModeLines(output);
        assertThat(lines).hasSize(before + 1);
        assertThat(lines.getLast()).contains("admin, editor.riverside, facilitator, officer.riverside")
                .contains("\"demo\"");
    }

    /** The lines so far; the context's own start may be among them, when it started within this test. */
    private static java.util.List<String> demoModeLines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains("Demo mode:")).toList();
    }
}
