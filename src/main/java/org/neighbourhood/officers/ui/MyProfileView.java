package org.neighbourhood.officers.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.security.Permissions;

/**
 * An officer keeps their own public profile up to date: why they do the job in each language the portal's content
 * is written in, the languages they speak and their photo. Open to every back-office account; it shows the profile of the officer the account
 * is linked to, or says that there is none.
 */
@Route(value = "admin/my-profile", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR", "FACILITATOR", Permissions.LINKED_OFFICER_ROLE})
class MyProfileView extends Main implements HasDynamicTitle {

    private final PageTitles titles;

    MyProfileView(OfficerService officers, ContentLanguages languages, PageTitles titles) {
        this.titles = titles;
        addClassName("admin-content");
        add(new H1(getTranslation("admin.my-profile.title")));
        officers.ownProfile().ifPresentOrElse(own -> {
            add(new Paragraph(getTranslation("admin.my-profile.intro")));
            var editor = new OfficerEditor(officers, languages, changed -> { });
            editor.show(own);
            add(editor);
        }, () -> add(new Paragraph(getTranslation("admin.my-profile.none"))));
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.my-profile.title"));
    }
}
