package org.neighbourhood.admin.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.ui.LimitedUpload;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.ImportReport;
import org.neighbourhood.neighbourhoods.Neighbourhood;
import org.neighbourhood.neighbourhoods.NeighbourhoodImportService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Administrators keep each neighbourhood's public description (in each content language, all optional) and team
 * contact details, and load boundaries (GeoJSON) and postcode coverage (CSV); a file with problems is reported line
 * by line and nothing of it is loaded.
 */
@Route(value = "admin/neighbourhoods", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
class NeighbourhoodsAdminView extends Main implements HasDynamicTitle {

    private static final int MAX_IMPORT_BYTES = 50 * 1024 * 1024;

    private final NeighbourhoodService neighbourhoods;
    private final NeighbourhoodImportService imports;
    private final PageTitles titles;
    private final Grid<NeighbourhoodSummary> grid = new Grid<>();
    private final ContentLanguages contentLanguages;
    /** The description in each configured content language, by language tag, in the configured order. */
    private final Map<String, TextArea> summaries = new LinkedHashMap<>();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextArea links = new TextArea();
    private final H2 formHeading = new H2();
    private final Paragraph outcome = new Paragraph();
    private final Div report = new Div();
    private final Button reload = new Button();
    private @Nullable NeighbourhoodSummary editing;
    /**
     * The details on screen as they were loaded, with their version, sent back with a save so that nobody's change
     * is lost unseen; a description in a language no longer configured is kept as it was, since no field shows it.
     */
    private NeighbourhoodService.@Nullable EditableContact loaded;

    NeighbourhoodsAdminView(NeighbourhoodService neighbourhoods, NeighbourhoodImportService imports,
            ContentLanguages contentLanguages, PageTitles titles) {
        this.neighbourhoods = neighbourhoods;
        this.contentLanguages = contentLanguages;
        this.imports = imports;
        this.titles = titles;
        addClassName("admin-content");

        grid.addColumn(NeighbourhoodSummary::name).setHeader(getTranslation("admin.neighbourhoods.name"));
        grid.addColumn(NeighbourhoodSummary::slug).setHeader(getTranslation("admin.neighbourhoods.slug"));
        grid.setAriaLabel(getTranslation("admin.neighbourhoods.title"));
        grid.setHeight("16rem");
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));

        for (var language : contentLanguages.all()) {
            summaries.put(language.getLanguage(), summary(language));
        }
        email.setLabel(getTranslation("admin.neighbourhoods.email"));
        email.setErrorMessage(getTranslation("admin.neighbourhoods.email.invalid"));
        phone.setLabel(getTranslation("admin.neighbourhoods.phone"));
        phone.setMaxLength(Neighbourhood.PHONE_MAX);
        phone.setHelperText(getTranslation("admin.neighbourhoods.phone.helper"));
        links.setLabel(getTranslation("admin.neighbourhoods.links"));
        links.setHelperText(getTranslation("admin.neighbourhoods.links.helper"));
        var save = new Button(getTranslation("admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout();
        summaries.values().forEach(form::add);
        form.add(email, phone, links);
        outcome.getElement().setAttribute("role", "status");
        reload.setText(getTranslation("admin.neighbourhoods.reload"));
        reload.addClickListener(click -> edit(editing));
        reload.setVisible(false);
        formHeading.setVisible(false);
        form.setVisible(false);
        save.setVisible(false);
        grid.asSingleSelect().addValueChangeListener(event -> {
            formHeading.setVisible(event.getValue() != null);
            form.setVisible(event.getValue() != null);
            save.setVisible(event.getValue() != null);
        });

        report.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("admin.neighbourhoods.title")), grid, formHeading, form, save, outcome, reload,
                new H2(getTranslation("admin.neighbourhoods.import")),
                new Paragraph(getTranslation("admin.neighbourhoods.import.intro")),
                importer("admin.neighbourhoods.import.boundaries", ".geojson,.json,application/geo+json,application/json",
                        imports::importBoundaries),
                importer("admin.neighbourhoods.import.coverage", ".csv,text/csv", imports::importCoverage),
                report);
        refresh();
    }

    /** The description in one language; optional in every language, the first included. */
    private TextArea summary(Locale language) {
        var area = new TextArea(getTranslation("admin.neighbourhoods.summary.in",
                language.getDisplayLanguage(getLocale())));
        area.setMaxLength(Neighbourhood.SUMMARY_MAX);
        if (!language.equals(contentLanguages.first())) {
            area.setHelperText(getTranslation("admin.neighbourhoods.summary.translation.helper"));
        }
        return area;
    }

    private Div importer(String labelKey, String accepted, Function<java.io.InputStream, ImportReport> importer) {
        var label = new Paragraph(getTranslation(labelKey));
        label.addClassName("upload-label");
        var upload = new Upload(LimitedUpload.inMemory(MAX_IMPORT_BYTES, (metadata, data) -> {
            show(metadata.fileName(), importer.apply(new ByteArrayInputStream(data)));
            refresh();
        }, () -> {
            report.removeAll();
            report.add(new Paragraph(getTranslation("upload.too-large", MAX_IMPORT_BYTES / (1024 * 1024))));
        }));
        upload.setAcceptedFileTypes(accepted.split(","));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setDropAllowed(true);
        var wrapper = new Div(label, upload);
        wrapper.addClassName("importer");
        return wrapper;
    }

    private void show(String file, ImportReport result) {
        report.removeAll();
        if (result.succeeded()) {
            report.add(new Paragraph(getTranslation("admin.neighbourhoods.import.done", file, result.rows(),
                    result.created(), result.updated())));
            return;
        }
        var problem = new Paragraph(getTranslation("admin.neighbourhoods.import.failed", file));
        problem.addClassName("postcode-search__message--problem");
        var list = new UnorderedList();
        result.problems().forEach(p -> list.add(new ListItem(p.line() > 0
                ? getTranslation("import.line", String.valueOf(p.line()), problem(p)) : problem(p))));
        report.add(problem, list);
    }

    private String problem(ImportReport.Problem problem) {
        return getTranslation(problem.key(), problem.arguments().toArray());
    }

    private void edit(@Nullable NeighbourhoodSummary neighbourhood) {
        editing = neighbourhood;
        outcome.setText("");
        reload.setVisible(false);
        if (neighbourhood == null) {
            return;
        }
        show(neighbourhoods.editableContact(neighbourhood.id()));
    }

    private void show(NeighbourhoodService.EditableContact loaded) {
        this.loaded = loaded;
        var details = loaded.contact();
        formHeading.setText(getTranslation("admin.neighbourhoods.edit", loaded.name()));
        summaries.forEach((language, area) -> {
            var summary = details.summary(language);
            area.setValue(summary == null ? "" : summary);
        });
        email.setValue(details.email() == null ? "" : details.email());
        phone.setValue(details.phone() == null ? "" : details.phone());
        links.setValue(String.join("\n", details.links().stream().map(l -> l.label() + " | " + l.url()).toList()));
    }

    private void save() {
        if (editing == null || loaded == null || email.isInvalid()) {
            outcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        var parsed = new ArrayList<Neighbourhood.Link>();
        for (var line : links.getValue().lines().filter(l -> !l.isBlank()).toList()) {
            var parts = line.split("\\|", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].strip().startsWith("https://")) {
                links.setErrorMessage(getTranslation("admin.neighbourhoods.links.invalid", line.strip()));
                links.setInvalid(true);
                outcome.setText(getTranslation("admin.fix-fields"));
                return;
            }
            parsed.add(new Neighbourhood.Link(parts[0].strip(), parts[1].strip()));
        }
        links.setInvalid(false);
        var contact = new NeighbourhoodService.Contact(loaded.contact().texts(), blank(email.getValue()),
                blank(phone.getValue()), List.copyOf(parsed));
        for (var summary : summaries.entrySet()) {
            contact = contact.withSummary(summary.getKey(), blank(summary.getValue().getValue()));
        }
        try {
            show(neighbourhoods.updateContact(editing.id(), loaded.version(), contact));
            outcome.setText(getTranslation("admin.saved"));
            reload.setVisible(false);
        } catch (ObjectOptimisticLockingFailureException stale) {
            // What was typed stays in the form; reloading shows the other administrator's version instead.
            outcome.setText(getTranslation("admin.neighbourhoods.stale"));
            reload.setVisible(true);
        } catch (Refusal refused) {
            var message = getTranslation(refused.key(), refused.arguments());
            if ("email".equals(refused.field())) {
                email.setErrorMessage(message);
                email.setInvalid(true);
            } else if ("links".equals(refused.field())) {
                links.setErrorMessage(message);
                links.setInvalid(true);
            }
            outcome.setText(message);
        }
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private void refresh() {
        grid.setItems(neighbourhoods.findAll());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.neighbourhoods.title"));
    }
}
