package org.neighbourhood.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Two portals on one machine: the second one's catcher finds its port taken. */
@ExtendWith(OutputCaptureExtension.class)
class LocalMailCatcherTest {

    @Test
    void a_catcher_whose_port_is_taken_says_so_and_catches_mail_on_a_free_port(CapturedOutput output)
            throws Exception {
        try (var otherPortal = new ServerSocket(0, 1, InetAddress.getByName(LocalMailCatcher.BIND_ADDRESS))) {
            var taken = otherPortal.getLocalPort();
            var catcher = new LocalMailCatcher(taken);
            try {
                catcher.start();

                assertThat(catcher.isRunning()).isTrue();
                assertThat(catcher.port()).isNotEqualTo(taken).isPositive();
                assertThat(output).contains("The mail catcher's port 127.0.0.1:" + taken + " is taken");
                send(catcher.port());
                assertThat(catcher.caught()).singleElement()
                        .satisfies(mail -> assertThat(mail.subject()).isEqualTo("Still caught"));
            } finally {
                catcher.stop();
            }
        }
    }

    private static void send(int port) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(LocalMailCatcher.BIND_ADDRESS);
        sender.setPort(port);
        sender.setJavaMailProperties(new Properties());
        var message = new SimpleMailMessage();
        message.setFrom("portal@example.org");
        message.setTo("someone@example.org");
        message.setSubject("Still caught");
        message.setText("A test email.");
        sender.send(message);
    }
}
