package org.neighbourhood.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.search.SearchIndex;

/**
 * The search index for administrators: how many items it holds of how many there are, and a rebuild that runs
 * while the portal serves, its progress shown as it goes (the page asks every second while it runs).
 */
@Route(value = "admin/search-index", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
class SearchIndexView extends Main implements HasDynamicTitle {

    private static final int POLL_MS = 1000;

    private final SearchIndex index;
    private final PageTitles titles;
    private final Paragraph state = new Paragraph();
    private final ProgressBar bar = new ProgressBar();
    private final Button rebuild;

    SearchIndexView(SearchIndex index, PageTitles titles) {
        this.index = index;
        this.titles = titles;
        addClassName("admin-content");
        state.getElement().setAttribute("role", "status");
        bar.getElement().setAttribute("aria-label", getTranslation("admin.search-index.progress"));
        rebuild = new Button(getTranslation("admin.search-index.rebuild"), click -> {
            index.rebuild();
            refresh();
        });
        rebuild.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("admin.search-index.title")),
                new Paragraph(getTranslation("admin.search-index.text")), state, bar, rebuild);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void refresh() {
        var progress = index.progress();
        bar.setMin(0);
        bar.setMax(Math.max(1, progress.total()));
        bar.setValue(Math.min(progress.indexed(), Math.max(1, progress.total())));
        bar.setVisible(progress.running());
        rebuild.setEnabled(!progress.running());
        if (progress.problem() != null) {
            state.setText(getTranslation("admin.search-index.failed", progress.problem()));
        } else {
            state.setText(getTranslation(progress.running() ? "admin.search-index.running"
                    : "admin.search-index.state", progress.indexed(), progress.total()));
        }
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.search-index.title"));
    }
}
