package org.neighbourhood.neighbourhoods;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.EmailAddresses;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads neighbourhood boundaries from GeoJSON and postcode coverage from CSV. Each file is checked whole
 * first; a file with any problem is reported line by line and nothing of it is stored.
 */
@Service
public class NeighbourhoodImportService {

    static final String COVERAGE_POSTCODE_COLUMN = "postcode";
    static final String COVERAGE_NEIGHBOURHOOD_COLUMN = "neighbourhood";

    private final NeighbourhoodRepository neighbourhoods;
    private final PostcodeCoverageRepository coverage;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final ContentLanguages contentLanguages;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    NeighbourhoodImportService(NeighbourhoodRepository neighbourhoods, PostcodeCoverageRepository coverage,
            ApplicationEventPublisher events, AuditLog audit, ContentLanguages contentLanguages, Clock clock) {
        this.audit = audit;
        this.contentLanguages = contentLanguages;
        this.neighbourhoods = neighbourhoods;
        this.coverage = coverage;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Reads a GeoJSON FeatureCollection whose features are Polygons or MultiPolygons in longitude, latitude
     * order, each with a {@code slug} property and, for a neighbourhood not yet known, a {@code name}. The
     * optional properties {@code summary}, {@code email}, {@code phone} and {@code links} (a list of
     * {@code {label, url}}) set the team's contact details; the summary is the description in the first configured
     * content language, and its translations are kept as they were. Known neighbourhoods get the new boundary.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importBoundaries(InputStream geoJson) {
        var problems = new ArrayList<ImportReport.Problem>();
        var features = readFeatures(geoJson, problems);
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        var slugs = features.stream().map(BoundaryFeature::slug).filter(Objects::nonNull).toList();
        Map<String, Neighbourhood> existing = neighbourhoods.findBySlugIn(slugs).stream()
                .collect(Collectors.toMap(Neighbourhood::getSlug, Function.identity()));
        var seen = new HashMap<String, Integer>();
        for (var feature : features) {
            if (feature.slug() == null) {
                continue;
            }
            var first = seen.putIfAbsent(feature.slug(), feature.line());
            if (first != null) {
                problems.add(new ImportReport.Problem(feature.line(), "import.slug.repeated",
                        feature.slug(), first));
            }
            if (feature.name() == null && !existing.containsKey(feature.slug())) {
                problems.add(new ImportReport.Problem(feature.line(), "import.name.missing",
                        feature.slug()));
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        var now = clock.instant();
        var writer = new WKTWriter();
        int created = 0;
        for (var feature : features) {
            var neighbourhood = existing.get(feature.slug());
            if (neighbourhood == null) {
                neighbourhood = new Neighbourhood(feature.slug(), Objects.requireNonNull(feature.name()), now);
                created++;
            } else if (feature.name() != null) {
                neighbourhood.setName(feature.name(), now);
            }
            neighbourhood.setBoundaryWkt(writer.write(feature.boundary()), now);
            if (feature.contact() != null) {
                var c = feature.contact();
                neighbourhood.describe(contentLanguages.first().getLanguage(), c.summary(), now);
                neighbourhood.setContact(c.email(), c.phone(), c.links(), now);
            }
            neighbourhoods.save(neighbourhood);
        }
        events.publishEvent(new CoverageChanged());
        audit.record("boundaries.imported", "neighbourhoods", "boundaries", features.size() + " boundaries, "
                + created + " new neighbourhoods");
        return new ImportReport(created, features.size() - created, features.size(), List.of());
    }

    /**
     * Reads a CSV file with a header row naming the columns {@code postcode} and {@code neighbourhood} (a
     * slug). A postcode is a full one or an outward code. The coverage of every neighbourhood named in the
     * file is replaced by the file's rows; other neighbourhoods keep theirs.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ImportReport importCoverage(InputStream csv) {
        var problems = new ArrayList<ImportReport.Problem>();
        var rows = new ArrayList<CoverageRow>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (var parser = format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            var header = parser.getHeaderMap().keySet();
            if (!header.contains(COVERAGE_POSTCODE_COLUMN) || !header.contains(COVERAGE_NEIGHBOURHOOD_COLUMN)) {
                return ImportReport.failed(List.of(new ImportReport.Problem(1,
                        "import.coverage.header", String.valueOf(header))));
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    problems.add(new ImportReport.Problem(line, "import.coverage.row-short"));
                    continue;
                }
                var postcodeText = record.get(COVERAGE_POSTCODE_COLUMN);
                var slug = record.get(COVERAGE_NEIGHBOURHOOD_COLUMN);
                var postcode = Postcode.parse(postcodeText);
                if (postcode.isEmpty()) {
                    problems.add(new ImportReport.Problem(line, "import.coverage.not-a-postcode",
                            postcodeText));
                } else if (slug.isEmpty()) {
                    problems.add(new ImportReport.Problem(line, "import.coverage.no-neighbourhood"));
                } else {
                    rows.add(new CoverageRow(line, postcode.get(), slug));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return ImportReport.failed(List.of(new ImportReport.Problem(0, "import.coverage.unreadable",
                    String.valueOf(e.getMessage()))));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportReport.Problem(0, "import.coverage.empty"));
        }
        var slugs = rows.stream().map(CoverageRow::slug).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Long> ids = neighbourhoods.findBySlugIn(slugs).stream()
                .collect(Collectors.toMap(Neighbourhood::getSlug, n -> Objects.requireNonNull(n.getId())));
        var unique = new LinkedHashMap<String, LocatorIndex.Coverage>();
        for (var row : rows) {
            var id = ids.get(row.slug());
            if (id == null) {
                problems.add(new ImportReport.Problem(row.line(), "import.coverage.unknown-slug",
                        row.slug()));
            } else {
                unique.putIfAbsent(row.postcode() + "|" + id, new LocatorIndex.Coverage(id, row.postcode()));
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(problems);
        }
        Set<Long> replaced = new HashSet<>(ids.values());
        coverage.replace(replaced, unique.values());
        events.publishEvent(new CoverageChanged());
        audit.record("coverage.imported", "neighbourhoods", "coverage", rows.size() + " rows for "
                + replaced.size() + " neighbourhoods");
        return new ImportReport(0, replaced.size(), rows.size(), List.of());
    }

    private List<BoundaryFeature> readFeatures(InputStream in, List<ImportReport.Problem> problems) {
        var features = new ArrayList<BoundaryFeature>();
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(new ImportReport.Problem(1, "import.boundaries.not-a-collection"));
                return features;
            }
            boolean sawFeatures = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                var field = parser.currentName();
                var value = parser.nextToken();
                if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    int number = 0;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        number++;
                        int line = parser.currentTokenLocation().getLineNr();
                        JsonNode node = json.readTree(parser);
                        var feature = readFeature(node, line, number, problems);
                        if (feature != null) {
                            features.add(feature);
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawFeatures) {
                problems.add(new ImportReport.Problem(1, "import.boundaries.no-features-list"));
            } else if (features.isEmpty() && problems.isEmpty()) {
                problems.add(new ImportReport.Problem(1, "import.boundaries.empty"));
            }
        } catch (RuntimeException e) {
            problems.add(new ImportReport.Problem(0, "import.boundaries.not-json",
                    String.valueOf(e.getMessage())));
        }
        return features;
    }

    private @Nullable BoundaryFeature readFeature(JsonNode node, int line, int number,
            List<ImportReport.Problem> problems) {
        var properties = node.path("properties");
        var slug = text(properties, "slug");
        // Names the feature in any language: "#3" or "#3 (castle-quarter)".
        var label = "#" + number + (slug == null ? "" : " (" + slug + ")");
        int before = problems.size();
        if (slug == null) {
            problems.add(new ImportReport.Problem(line, "import.feature.no-slug", label));
        } else if (!Slugs.isValid(slug)) {
            problems.add(new ImportReport.Problem(line, "import.feature.slug-invalid", label));
        }
        var name = text(properties, "name");
        if (name != null && name.length() > Neighbourhood.NAME_MAX) {
            problems.add(new ImportReport.Problem(line, "import.feature.name-too-long", label,
                    Neighbourhood.NAME_MAX));
        }
        Geometry geometry = null;
        var geometryNode = node.get("geometry");
        if (geometryNode == null || geometryNode.isNull()) {
            problems.add(new ImportReport.Problem(line, "import.feature.no-geometry", label));
        } else {
            try {
                geometry = new GeoJsonReader().read(geometryNode.toString());
            } catch (Exception e) {
                problems.add(new ImportReport.Problem(line, "import.feature.geometry-unreadable", label,
                        String.valueOf(e.getMessage())));
            }
        }
        if (geometry != null) {
            if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
                problems.add(new ImportReport.Problem(line, "import.feature.not-a-polygon", label,
                        geometry.getGeometryType()));
            } else if (!withinDegrees(geometry)) {
                problems.add(new ImportReport.Problem(line, "import.feature.not-degrees", label));
            } else {
                var validity = new IsValidOp(geometry).getValidationError();
                if (validity != null) {
                    problems.add(new ImportReport.Problem(line, "import.feature.invalid-polygon", label,
                            validity.getMessage(), String.valueOf(validity.getCoordinate())));
                }
            }
        }
        var contact = readContact(properties, line, label, problems);
        if (problems.size() > before || slug == null || geometry == null) {
            return null;
        }
        return new BoundaryFeature(line, slug, name, geometry, contact);
    }

    private @Nullable Contact readContact(JsonNode properties, int line, String label,
            List<ImportReport.Problem> problems) {
        var summary = text(properties, "summary");
        var email = text(properties, "email");
        var phone = text(properties, "phone");
        var links = new ArrayList<Neighbourhood.Link>();
        for (var link : properties.path("links")) {
            var linkLabel = text(link, "label");
            var url = text(link, "url");
            if (linkLabel == null || url == null || !url.startsWith("https://")) {
                problems.add(new ImportReport.Problem(line, "import.feature.link-invalid", label));
            } else {
                links.add(new Neighbourhood.Link(linkLabel, url));
            }
        }
        if (summary != null && summary.length() > Neighbourhood.SUMMARY_MAX) {
            problems.add(new ImportReport.Problem(line, "import.feature.summary-too-long", label,
                    Neighbourhood.SUMMARY_MAX));
        }
        if (email != null && !EmailAddresses.isValid(email)) {
            problems.add(new ImportReport.Problem(line, "import.feature.email-invalid", label, email));
        }
        if (phone != null && phone.length() > Neighbourhood.PHONE_MAX) {
            problems.add(new ImportReport.Problem(line, "import.feature.phone-too-long", label,
                    Neighbourhood.PHONE_MAX));
        }
        if (summary == null && email == null && phone == null && links.isEmpty()) {
            return null;
        }
        return new Contact(summary, email, phone, links);
    }

    private static boolean withinDegrees(Geometry geometry) {
        var envelope = geometry.getEnvelopeInternal();
        return envelope.getMinX() >= -180 && envelope.getMaxX() <= 180
                && envelope.getMinY() >= -90 && envelope.getMaxY() <= 90;
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || !value.isString()) {
            return null;
        }
        var text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private record BoundaryFeature(int line, @Nullable String slug, @Nullable String name, Geometry boundary,
            @Nullable Contact contact) {
    }

    private record Contact(@Nullable String summary, @Nullable String email, @Nullable String phone,
            List<Neighbourhood.Link> links) {
    }

    private record CoverageRow(int line, Postcode postcode, String slug) {
    }
}
