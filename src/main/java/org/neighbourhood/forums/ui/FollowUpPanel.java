package org.neighbourhood.forums.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.FollowUp;
import org.neighbourhood.forums.report.ForumReport;

/**
 * Across a series: the people who had a place and did not come, for the facilitator to follow up, and the
 * report for the equality, diversity and inclusion board.
 */
class FollowUpPanel extends Div {

    private final RegistrationAdminService admin;
    private final ForumReport report;
    private final Grid<FollowUp> absent = new Grid<>();
    private final Paragraph absentEmpty = new Paragraph();
    private final DatePicker from = FormFields.date(getTranslation("admin.forums.report.from"), getLocale());
    private final DatePicker to = FormFields.date(getTranslation("admin.forums.report.to"), getLocale());
    private final Anchor download = new Anchor();
    private long seriesId;
    private String seriesSlug = "";

    FollowUpPanel(RegistrationAdminService admin, ForumReport report, ContentLanguages languages, LocalDate today) {
        this.admin = admin;
        this.report = report;
        absent.addColumn(FollowUp::name).setHeader(getTranslation("admin.forums.reg.name")).setAutoWidth(true);
        absent.addColumn(FollowUp::email).setHeader(getTranslation("admin.forums.reg.email")).setAutoWidth(true);
        absent.addColumn(f -> f.organisation() == null ? "" : f.organisation())
                .setHeader(getTranslation("admin.forums.reg.organisation"));
        absent.addColumn(f -> ContentNames.title(languages, f.session(), getLocale()) + ", "
                        + TimeRanges.date(f.session().startsAt(), getLocale()))
                .setHeader(getTranslation("admin.forums.followup.session"));
        absent.setAriaLabel(getTranslation("admin.forums.followup.title"));
        absent.setAllRowsVisible(true);
        absentEmpty.setText(getTranslation("admin.forums.followup.empty"));

        from.setValue(today.minusMonths(12));
        to.setValue(today);
        from.addValueChangeListener(e -> link());
        to.addValueChangeListener(e -> link());
        download.setText(getTranslation("admin.forums.report.download"));
        download.addClassName("button-link");
        var dates = new Div(from, to);
        dates.addClassName("admin-buttons");
        add(new H2(getTranslation("admin.forums.followup.title")),
                new Paragraph(getTranslation("admin.forums.followup.intro")), absentEmpty, absent,
                new H2(getTranslation("admin.forums.report.title")),
                new Paragraph(getTranslation("admin.forums.report.intro")), dates, new Paragraph(download));
    }

    void show(long seriesId, String seriesSlug) {
        this.seriesId = seriesId;
        this.seriesSlug = seriesSlug;
        var people = admin.nonAttendees(seriesId);
        absent.setItems(people);
        absent.setVisible(!people.isEmpty());
        absentEmpty.setVisible(people.isEmpty());
        link();
    }

    /** Points the download at the chosen period; the file is made when it is downloaded. */
    private void link() {
        var start = from.getValue();
        var end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            download.removeHref();
            download.setEnabled(false);
            to.setErrorMessage(getTranslation("admin.forums.report.period"));
            to.setInvalid(start != null && end != null);
            return;
        }
        to.setInvalid(false);
        download.setEnabled(true);
        long series = seriesId;
        var name = ForumReport.fileName(seriesSlug, start, end);
        download.setHref(DownloadHandler.fromInputStream(event -> {
            var bytes = report.csv(series, start, end).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD);
    }
}
