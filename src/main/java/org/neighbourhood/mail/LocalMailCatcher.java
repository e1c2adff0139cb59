package org.neighbourhood.mail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server inside the portal, on 127.0.0.1 only, that keeps every email it is sent in memory: the
 * embedded default's mail goes through a true SMTP exchange without a mail server to install, and can be
 * read at {@code /mailbox}. Nothing it catches ever leaves the machine.
 */
public class LocalMailCatcher {

    static final String BIND_ADDRESS = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(LocalMailCatcher.class);

    private int port;
    private @Nullable GreenMail server;

    /** @param port the port to listen on; 0 for any free one, then kept across a stop and start */
    LocalMailCatcher(int port) {
        this.port = port;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        if (port != 0 && !isFree(port)) {
            // Two portals on one machine (two clones, a demo beside a trial) must both start; the mail sender
            // is given whichever port this catcher ends up on.
            log.warn("The mail catcher's port {}:{} is taken, perhaps by another portal: catching mail on a free "
                    + "port instead (MAIL_LOCAL_PORT chooses another)", BIND_ADDRESS, port);
            port = 0;
        }
        var setup = new ServerSetup(port, BIND_ADDRESS, ServerSetup.PROTOCOL_SMTP);
        var started = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        started.start();
        port = started.getSmtp().getPort();
        server = started;
        log.info("Mail is caught locally on {}:{}: read it at /mailbox", BIND_ADDRESS, port);
    }

    /** Whether the port can be listened on; as GreenMail binds it, so a port just let go of counts as free. */
    private static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(BIND_ADDRESS, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Stops listening, as a mail server that has gone away. */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public synchronized int port() {
        return port;
    }

    /** Every email caught since the catcher started, newest first. */
    public List<CaughtMail> caught() {
        GreenMail running;
        synchronized (this) {
            running = server;
        }
        if (running == null) {
            return List.of();
        }
        var messages = new ArrayList<>(Arrays.asList(running.getReceivedMessages()));
        java.util.Collections.reverse(messages);
        return messages.stream().map(LocalMailCatcher::read).toList();
    }

    /** The messages as received, oldest first, for tests that look at their structure. */
    MimeMessage[] received() {
        GreenMail running;
        synchronized (this) {
            running = server;
        }
        return running == null ? new MimeMessage[0] : running.getReceivedMessages();
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            var parts = new String[] {"", ""};
            collect(message, parts);
            return new CaughtMail(String.valueOf(message.getMessageID()), addresses(message.getFrom()),
                    addresses(message.getAllRecipients()), String.valueOf(message.getSubject()),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant(), parts[0], parts[1]);
        } catch (MessagingException | IOException e) {
            return new CaughtMail("", "", "", "(unreadable: " + e.getMessage() + ")", null, "", "");
        }
    }

    /** Finds the first plain-text and the first HTML part, however deeply nested. */
    private static void collect(Part part, String[] found) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && found[0].isEmpty()) {
            found[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && found[1].isEmpty()) {
            found[1] = String.valueOf(part.getContent());
        } else if (part.getContent() instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), found);
            }
        }
    }

    private static String addresses(Address @Nullable [] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }
}
