package org.neighbourhood.neighbourhoods.ui;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

final class BoundaryOutlineTestSupport {

    private BoundaryOutlineTestSupport() {
    }

    static Geometry square() {
        var factory = new GeometryFactory();
        return factory.createPolygon(new Coordinate[] {new Coordinate(0, 52), new Coordinate(0.1, 52),
                new Coordinate(0.1, 52.1), new Coordinate(0, 52.1), new Coordinate(0, 52)});
    }
}
