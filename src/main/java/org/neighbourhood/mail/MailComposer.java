package org.neighbourhood.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.neighbourhood.base.Brand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an email from a template, its payload and a language: the subject from the message
 * {@code mail.{template}.subject}, the plain-text part from {@code mail/{template}.txt} and the HTML part from
 * {@code mail/{template}.html}, each wrapped in the layout ({@code mail/layout.txt}, {@code mail/layout.html})
 * that adds the force's name and the footer. Every template may greet with {@code ${greeting}}: by the
 * recipient's name where {@link MailNames} allows it, else without a name.
 */
@Component
class MailComposer {

    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private static final Set<String> LAYOUTS = Set.of("layout");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MessageSource messages;
    private final Brand brand;
    private final InternetAddress from;

    MailComposer(MessageSource messages, Brand brand, @Value("${neighbourhood.mail.from:}") String from) {
        this.messages = messages;
        this.brand = brand;
        this.from = fromAddress(from, brand);
        engine.setTemplateEngineMessageSource(messages);
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * The sender: {@code neighbourhood.mail.from}, or else the force's name at {@code no-reply@} the domain of
     * its contact address.
     */
    private static InternetAddress fromAddress(String configured, Brand brand) {
        try {
            if (!configured.isBlank()) {
                return new InternetAddress(configured, true);
            }
            var contact = brand.contactEmail();
            return new InternetAddress("no-reply" + contact.substring(contact.indexOf('@')), brand.forceName(),
                    StandardCharsets.UTF_8.name());
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("neighbourhood.mail.from is not an email address: " + configured, e);
        }
    }

    /**
     * Refuses, at the moment it is written to the outbox, a mail that could never be sent: a recipient that is
     * no address, an unknown template, a payload a template cannot take, a link that is not absolute.
     */
    void check(OutgoingMail mail) {
        if (mail.recipient().length() > OutboxMail.RECIPIENT_MAX) {
            throw new IllegalArgumentException("The recipient's address is too long");
        }
        try {
            var address = new InternetAddress(mail.recipient(), true);
            if (address.getPersonal() != null || !address.getAddress().equals(mail.recipient())) {
                throw new IllegalArgumentException("The recipient must be a plain address: " + mail.recipient());
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("The recipient is not an email address: " + mail.recipient(), e);
        }
        if (String.join(",", mail.secrets()).length() > OutboxMail.SECRETS_MAX) {
            throw new IllegalArgumentException("Too many secret payload entries: " + mail.secrets());
        }
        if (!TEMPLATE_NAME.matcher(mail.template()).matches() || LAYOUTS.contains(mail.template())) {
            throw new IllegalArgumentException("Not a mail template name: " + mail.template());
        }
        mail.payload().forEach((key, value) -> {
            if (!VARIABLE_NAME.matcher(key).matches()) {
                throw new IllegalArgumentException("Not a payload name a template can use: " + key);
            }
            if (key.endsWith("Url") && !value.startsWith("https://") && !value.startsWith("http://")) {
                throw new IllegalArgumentException("Links in mails must be absolute http(s) addresses: " + key);
            }
        });
        try {
            render(mail.template(), mail.locale(), mail.payload());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("The mail template " + mail.template() + " cannot be written: "
                    + e.getMessage(), e);
        }
    }

    Rendered render(String template, Locale locale, Map<String, String> typed) {
        var payload = new HashMap<>(typed);
        var name = typed.containsKey(OutgoingMail.NAME) ? MailNames.greetable(typed.get(OutgoingMail.NAME))
                : Optional.<String>empty();
        payload.remove(OutgoingMail.NAME);
        name.ifPresent(plain -> payload.put(OutgoingMail.NAME, plain));
        var subject = subject(template, locale, payload);
        var variables = new HashMap<String, Object>(payload);
        variables.put("greeting", name.isPresent()
                ? messages.getMessage("mail.greeting.named", new Object[] {name.get()}, locale)
                : messages.getMessage("mail.greeting", null, locale));
        variables.put("forceName", brand.forceName());
        variables.put("contactEmail", brand.contactEmail());
        variables.put("subject", subject);
        variables.put("lang", locale.toLanguageTag());
        variables.putIfAbsent(OutgoingMail.MANAGE_URL, null);

        var context = new Context(locale, variables);
        context.setVariable("body", engine.process(template + ".txt", context).strip());
        var text = engine.process("layout.txt", context);
        context.setVariable("body", engine.process(template + ".html", context));
        var html = engine.process("layout.html", context);
        return new Rendered(subject, text, html);
    }

    /** The subject message, its {@code {name}} placeholders replaced by the payload's values. */
    private String subject(String template, Locale locale, Map<String, String> payload) {
        String pattern;
        try {
            // No arguments: the message is taken as written, without MessageFormat's rules on quotes.
            pattern = messages.getMessage("mail." + template + ".subject", null, locale);
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException("No message mail." + template + ".subject", e);
        }
        var values = new HashMap<>(payload);
        values.put("forceName", brand.forceName());
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        var subject = new StringBuilder();
        while (placeholder.find()) {
            var value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The subject of " + template + " needs the payload value "
                        + placeholder.group(1));
            }
            placeholder.appendReplacement(subject, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(subject);
        return subject.toString().replaceAll("[\\r\\n]+", " ").strip();
    }

    /** A new Message-ID, kept with the mail so that every attempt to send it carries the same one. */
    String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + from.getAddress().substring(from.getAddress().indexOf('@') + 1)
                + ">";
    }

    /** Fills a message to send: headers, and the text and HTML parts as alternatives. */
    void compose(MimeMessage message, ClaimedMail mail, Instant now) throws MessagingException {
        var rendered = render(mail.template(), mail.locale(), mail.payload());
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(rendered.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        message.setHeader("Message-ID", mail.messageId());
        message.setHeader("Auto-Submitted", "auto-generated");
        var text = new MimeBodyPart();
        text.setText(rendered.text(), StandardCharsets.UTF_8.name(), "plain");
        var html = new MimeBodyPart();
        html.setText(rendered.html(), StandardCharsets.UTF_8.name(), "html");
        var alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        alternatives.addBodyPart(html);
        message.setContent(alternatives);
    }

    record Rendered(String subject, String text, String html) {
    }
}
