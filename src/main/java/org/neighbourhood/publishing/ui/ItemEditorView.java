package org.neighbourhood.publishing.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.HistoryPanel;
import org.neighbourhood.admin.ui.PublishingControls;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.publishing.ItemContent;
import org.neighbourhood.publishing.ItemText;
import org.neighbourhood.publishing.PublishingService;

/**
 * The back-office editor every team item shares: the list of the items the user may edit, a form with the fields
 * that have no language and one section per configured content language (the first required, the others
 * optional and opened once written), the publishing controls, a preview in every language exactly as the public
 * will see it, and the revision history. A content type states its columns, fields, form and public card.
 * <p>
 * Translation keys are read under the prefix given, such as {@code admin.events}: {@code .title}, {@code .new},
 * {@code .edit}, {@code .delete.title}.
 *
 * @param <S> the content type's service
 * @param <F> the form bean, holding what is typed
 */
public abstract class ItemEditorView<S extends PublishingService<?, T, C>, T extends ItemText,
        C extends Record & ItemContent<T>, F extends ItemForm<C>> extends Main
        implements HasDynamicTitle, BeforeEnterObserver {

    protected final EditorContext context;
    protected final Binder<F> binder = new Binder<>();
    protected final S service;
    private final String keys;
    private final Map<Long, NeighbourhoodSummary> neighbourhoods = new LinkedHashMap<>();
    private final Grid<EditableItem<C>> grid = new Grid<>();
    private final H2 formHeading = new H2();
    private final PublishingControls<EditableItem<C>> controls;
    private final HistoryPanel history = new HistoryPanel();
    private final Map<String, Details> sections = new LinkedHashMap<>();
    private final Function<C, F> formOf;

    /**
     * @param keys the prefix of the editor's translation keys
     * @param formOf a form holding an item's content
     */
    protected ItemEditorView(S service, EditorContext context, String keys, Function<C, F> formOf) {
        this.service = service;
        this.context = context;
        this.keys = keys;
        this.formOf = formOf;
        context.editableNeighbourhoods().forEach(n -> neighbourhoods.put(n.id(), n));
        this.controls = new PublishingControls<>(new Actions(), keys + ".delete.title");
        addClassName("admin-content");
    }

    /**
     * A column of the list, after the item's headline and neighbourhood and before its state.
     *
     * @param headerKey the translation key of its header
     * @param value what it shows of an item's content, in the editor's language
     */
    public record Column<C>(String headerKey, BiFunction<C, Locale, String> value) {
    }

    /** The fields that have no language, bound to the form. */
    protected abstract List<Component> fields(Binder<F> binder);

    /**
     * One language's fields, bound to the form through {@link ItemForm#text} and {@link ItemForm#setText}.
     *
     * @param languageName the language as the editor's reader names it, for labels such as "Title (Polish)"
     * @param first whether it is the language every item needs, whose main field is then required
     */
    protected abstract List<Component> textFields(Binder<F> binder, String language, String languageName,
            boolean first);

    /**
     * Binds a field to one language's text of the form, such as the title in Welsh.
     *
     * @param name the text's name in the form, such as {@code title}
     */
    protected <V extends HasValue<?, String>> V bind(V field, String language, String name) {
        binder.forField(field).bind(form -> form.text(language, name), (form, value) -> form.setText(language, name,
                value));
        return field;
    }

    /**
     * Binds a field the item needs in a language to be shown there: in the first language always, in another once
     * any of the others is begun, so that a language is either left out or shown whole.
     *
     * @param missingKey the translation key of the message when it is missing
     * @param others the language's other fields
     */
    @SafeVarargs
    protected final <V extends HasValue<?, String>> V bindNeeded(V field, String language, String name, boolean first,
            String missingKey, HasValue<?, String>... others) {
        field.setRequiredIndicatorVisible(first);
        binder.forField(field)
                .withValidator(text -> !text.isBlank()
                        || !first && Stream.of(others).allMatch(other -> other.getValue().isBlank()),
                        getTranslation(missingKey))
                .bind(form -> form.text(language, name), (form, value) -> form.setText(language, name, value));
        return field;
    }

    /** A form for a new item, with sensible starting values. */
    protected abstract F newForm();

    /** The item's headline (title, issue) in the first language, for lists and the delete confirmation. */
    protected String title(C content) {
        var first = content.texts().get(context.languages.first().getLanguage());
        return first == null || first.headline() == null ? "" : java.util.Objects.requireNonNull(first.headline());
    }

    /** The item as the public will see it in that language, inside the list element its page uses. */
    protected abstract Component card(C content, Locale language);

    /** A public card in the list element its public page holds it in, which gives it its look. */
    protected static Component listed(String listClassName, ListItem card) {
        var list = new UnorderedList(card);
        list.addClassName(listClassName);
        return list;
    }

    /** Called when another item (or, null, a new one) is being edited, for parts such as a picture editor. */
    protected void editing(@Nullable EditableItem<C> item) {
    }

    /** Called with what the form holds each time it is written without fault, to save or to preview. */
    protected void checked(C content) {
    }

    /** Parts placed after the publishing controls, such as a picture editor. */
    protected List<Component> extras() {
        return List.of();
    }

    /**
     * Builds the page; called by the content type's constructor once its own fields are set.
     *
     * @param columns the list's columns of the content type's own
     */
    @SafeVarargs
    protected final void build(Column<C>... columns) {
        grid.addColumn(item -> title(item.content())).setHeader(getTranslation(keys + ".title.column"))
                .setFlexGrow(1);
        grid.addColumn(item -> neighbourhoodName(item.neighbourhoodId()))
                .setHeader(getTranslation("admin.priorities.neighbourhood")).setAutoWidth(true);
        for (var column : columns) {
            grid.addColumn(item -> column.value().apply(item.content(), getLocale()))
                    .setHeader(getTranslation(column.headerKey())).setAutoWidth(true);
        }
        grid.addColumn(item -> PublishingControls.describe(this, item))
                .setHeader(getTranslation("admin.priorities.state")).setAutoWidth(true);
        grid.setAriaLabel(getTranslation(keys + ".title"));
        grid.setHeight("18rem");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        var parts = new ArrayList<Component>(List.of(new H1(getTranslation(keys + ".title")),
                new Button(getTranslation(keys + ".new"), click -> startNew()), grid, formHeading,
                controls.stateLabel(), form(), controls));
        parts.addAll(extras());
        parts.add(history);
        add(parts.toArray(Component[]::new));
        startNew();
        refresh();
    }

    private Div form() {
        var neighbourhood = new ComboBox<NeighbourhoodSummary>(getTranslation("admin.priorities.neighbourhood"));
        neighbourhood.setItems(List.copyOf(neighbourhoods.values()));
        neighbourhood.setItemLabelGenerator(NeighbourhoodSummary::name);
        binder.forField(neighbourhood).asRequired(getTranslation("admin.priorities.neighbourhood.required"))
                .bind(ItemForm::getNeighbourhood, ItemForm::setNeighbourhood);
        var shared = new FormLayout(neighbourhood);
        fields(binder).forEach(shared::add);
        shared.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var form = new Div(shared);
        form.addClassName("item-form");
        boolean first = true;
        for (var language : context.languages.all()) {
            var name = language.getDisplayLanguage(getLocale());
            var texts = new FormLayout();
            textFields(binder, language.getLanguage(), name, first).forEach(texts::add);
            texts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            var section = new Details(first ? getTranslation("content.language-section", name)
                    : getTranslation("content.language-optional", name), texts);
            section.addClassName("language-section");
            section.getElement().setAttribute("data-language", language.getLanguage());
            sections.put(language.getLanguage(), section);
            form.add(section);
            first = false;
        }
        return form;
    }

    private void read(F form) {
        binder.readBean(form);
        var first = context.languages.first().getLanguage();
        sections.forEach((language, section) -> section.setOpened(language.equals(first) || form.hasText(language)));
    }

    private void startNew() {
        startNew(newForm(), null);
    }

    /**
     * Starts a new item from a form filled in beforehand, for a neighbourhood the editor may edit (otherwise, as
     * for any new item, the only one they may edit, or none chosen).
     */
    protected final void startNew(F form, @Nullable Long neighbourhoodId) {
        controls.edit(null);
        editing(null);
        grid.asSingleSelect().clear();
        formHeading.setText(getTranslation(keys + ".new"));
        var chosen = neighbourhoodId == null ? null : neighbourhoods.get(neighbourhoodId);
        form.setNeighbourhood(chosen != null ? chosen
                : neighbourhoods.size() == 1 ? neighbourhoods.values().iterator().next() : null);
        read(form);
        history.setVisible(false);
    }

    /** {@code ?edit=12} opens that item, as the back-office search links to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("edit").filter(id -> id.matches("\\d{1,18}"))
                .map(Long::valueOf).ifPresent(this::openItem);
    }

    /** Opens the item in the form, as choosing it in the list does; nothing for another team's or a deleted one. */
    public void openItem(long id) {
        try {
            service.find(id).ifPresent(item -> grid.asSingleSelect().setValue(item));
        } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
            // Another team's item: the editor's own list stays as it is.
        }
    }

    private void edit(EditableItem<C> item) {
        controls.edit(item);
        editing(item);
        formHeading.setText(getTranslation(keys + ".edit"));
        var form = formOf.apply(item.content());
        form.setNeighbourhood(neighbourhoods.get(item.neighbourhoodId()));
        read(form);
        history.show(service.history(item.id()));
    }

    /** The form's content when every field is acceptable; otherwise empty, the fields marked. */
    private Optional<F> written() {
        var form = newForm();
        if (!binder.writeBeanIfValid(form)) {
            sections.values().forEach(section -> section.setOpened(true));
            return Optional.empty();
        }
        checked(form.content(context.languages.tags()));
        return Optional.of(form);
    }

    /** Shows the item exactly as the public will, in every content language; false if a field is wrong. */
    private boolean preview() {
        var form = written();
        if (form.isEmpty()) {
            return false;
        }
        var content = form.get().content(context.languages.tags());
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.priorities.preview"));
        // One focusable region holding every language, so that keyboard users can scroll a long preview.
        var languages = new Div();
        languages.getElement().setAttribute("tabindex", "0");
        languages.getElement().setAttribute("role", "region");
        languages.getElement().setAttribute("aria-label", getTranslation("admin.priorities.preview"));
        for (var language : context.languages.all()) {
            languages.add(new H2(language.getDisplayLanguage(getLocale())), card(content, language));
        }
        dialog.add(languages);
        dialog.getFooter().add(new Button(getTranslation("admin.close"), click -> dialog.close()));
        dialog.open();
        return true;
    }


    protected String neighbourhoodName(long id) {
        var neighbourhood = neighbourhoods.get(id);
        return neighbourhood == null ? "" : neighbourhood.name();
    }

    /** The item now being edited changed outside the controls, such as its picture. */
    protected void changedElsewhere(EditableItem<C> item) {
        controls.edit(item);
        afterChange(item);
    }

    private void afterChange(EditableItem<C> item) {
        refresh();
        formHeading.setText(getTranslation(keys + ".edit"));
        editing(item);
        history.show(service.history(item.id()));
    }

    private void refresh() {
        grid.setItems(service.editable());
    }

    @Override
    public String getPageTitle() {
        return context.titles.title(getTranslation(keys + ".title"));
    }

    /** What the publishing controls do with an item. */
    private final class Actions implements PublishingControls.Actions<EditableItem<C>> {

        @Override
        public Optional<EditableItem<C>> save(@Nullable EditableItem<C> current) {
            return written().map(form -> {
                var content = form.content(context.languages.tags());
                var neighbourhood = Objects.requireNonNull(form.getNeighbourhood());
                return current == null ? service.create(neighbourhood.id(), content)
                        : service.update(current.id(), current.version(), content);
            });
        }

        @Override
        public boolean preview() {
            return ItemEditorView.this.preview();
        }

        @Override
        public EditableItem<C> publish(EditableItem<C> item, @Nullable Instant at) {
            return service.publish(item.id(), item.version(), at);
        }

        @Override
        public EditableItem<C> unpublish(EditableItem<C> item) {
            return service.unpublish(item.id(), item.version());
        }

        @Override
        public void delete(EditableItem<C> item) {
            service.delete(item.id(), item.version());
        }

        @Override
        public String name(EditableItem<C> item) {
            return title(item.content());
        }

        @Override
        public void changed(EditableItem<C> item) {
            afterChange(item);
        }

        @Override
        public void deleted() {
            refresh();
            startNew();
        }
    }
}
