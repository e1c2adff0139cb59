package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.forums.signup.SignUpService.LinkState;

/**
 * What a used, expired or unknown link shows: what happened, and a button that emails a working link to
 * the address the old one went to.
 */
class FreshLinkPanel extends Div {

    FreshLinkPanel(SignUpService signUps, LinkState state, String token) {
        addClassName("content");
        add(new H1(getTranslation("forum.link." + state.name().toLowerCase(java.util.Locale.ROOT) + ".title")));
        add(new Paragraph(getTranslation("forum.link." + state.name().toLowerCase(java.util.Locale.ROOT) + ".text")));
        var result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        if (state != LinkState.UNKNOWN) {
            var send = new Button(getTranslation("forum.link.send-fresh"));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            send.setDisableOnClick(true);
            send.addClickListener(click -> {
                var outcome = signUps.sendFreshLink(token);
                result.setText(getTranslation("forum.link.fresh." + outcome.name().toLowerCase(java.util.Locale.ROOT)));
                send.setEnabled(outcome == SignUpService.FreshLink.THROTTLED);
            });
            add(new Paragraph(send), result);
        }
        add(new Paragraph(new RouterLink(getTranslation("forum.link.all-forums"), ForumsView.class)));
    }
}
