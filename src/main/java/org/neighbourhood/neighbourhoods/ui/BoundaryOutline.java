package org.neighbourhood.neighbourhoods.ui;

import java.util.Locale;

import com.vaadin.flow.component.Svg;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.jsoup.nodes.Entities;

/**
 * A neighbourhood's boundary drawn as an outline, made on the server from the stored polygon: no map tiles
 * and no request to anyone else. Longitude is scaled by the cosine of the latitude so shapes keep their
 * proportions.
 */
class BoundaryOutline extends Svg {

    static final int WIDTH = 320;
    private static final int PADDING = 8;

    BoundaryOutline(Geometry boundary, String label) {
        setSvg(svg(boundary, label));
        addClassName("boundary-outline");
    }

    static String svg(Geometry boundary, String label) {
        var envelope = boundary.getEnvelopeInternal();
        double xScale = Math.cos(Math.toRadians(envelope.centre().y));
        double width = Math.max(envelope.getWidth() * xScale, 1e-9);
        double height = Math.max(envelope.getHeight(), 1e-9);
        double scale = (WIDTH - 2 * PADDING) / Math.max(width, height);
        int viewWidth = (int) Math.ceil(width * scale) + 2 * PADDING;
        int viewHeight = (int) Math.ceil(height * scale) + 2 * PADDING;

        var path = new StringBuilder();
        for (int i = 0; i < boundary.getNumGeometries(); i++) {
            var polygon = (Polygon) boundary.getGeometryN(i);
            ring(path, polygon.getExteriorRing(), envelope.getMinX(), envelope.getMaxY(), xScale, scale);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(path, polygon.getInteriorRingN(h), envelope.getMinX(), envelope.getMaxY(), xScale, scale);
            }
        }
        var escaped = Entities.escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + viewWidth + " " + viewHeight
                + "\" role=\"img\" aria-label=\"" + escaped + "\" preserveAspectRatio=\"xMidYMid meet\">"
                + "<title>" + escaped + "</title>"
                + "<path d=\"" + path.toString().strip() + "\" fill-rule=\"evenodd\" class=\"boundary-outline__area\"/>"
                + "</svg>";
    }

    private static void ring(StringBuilder path, LineString ring, double minX, double maxY, double xScale,
            double scale) {
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            double x = PADDING + (coordinates[i].x - minX) * xScale * scale;
            double y = PADDING + (maxY - coordinates[i].y) * scale;
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
        }
        path.append("Z ");
    }
}
