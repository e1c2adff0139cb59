package org.neighbourhood.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;

import javax.imageio.ImageIO;

import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateText;
import org.neighbourhood.updates.UpdateService;

/** Fictional news from every demo neighbourhood team; Riverside's first comes with a picture drawn here. */
final class DemoUpdates {

    private DemoUpdates() {
    }

    static void load(List<NeighbourhoodSummary> neighbourhoods, UpdateService updates) {
        for (var n : neighbourhoods) {
            boolean riverside = "riverside".equals(n.slug());
            boolean welsh = DemoData.WELSH_NEIGHBOURHOOD.equals(n.slug());
            var bikes = new LinkedHashMap<String, UpdateText>();
            bikes.put("en", new UpdateText("Free bike marking in " + n.name(), """
                    Bike thefts in **%s** have risen this spring, so your team is marking bikes for free.

                    - Bring your bike and proof that it is yours.
                    - It takes about ten minutes.
                    - Marked bikes are [registered online](https://www.bikeregister.example/) so they can be returned.

                    Lock it with two different locks, and to something fixed, even for a minute.
                    """.formatted(n.name())));
            if (riverside) {
                bikes.put("pl", new UpdateText("Bezpłatne znakowanie rowerów w dzielnicy " + n.name(), """
                        Kradzieży rowerów w dzielnicy **%s** przybyło tej wiosny, dlatego Twój zespół \
                        bezpłatnie znakuje rowery.

                        - Przyjdź z rowerem i dowodem, że należy do Ciebie.
                        - Trwa to około dziesięciu minut.

                        Przypinaj rower dwoma różnymi zapięciami do czegoś stałego, nawet na minutę.
                        """.formatted(n.name())));
            }
            if (welsh) {
                bikes.put("cy", new UpdateText("Marcio beiciau am ddim yn " + n.name(), """
                        Mae mwy o feiciau wedi’u dwyn yn **%s** y gwanwyn hwn, felly mae eich tîm yn marcio \
                        beiciau am ddim.

                        - Dewch â’ch beic a phrawf mai chi sy’n berchen arno.
                        - Mae’n cymryd tua deng munud.
                        - Caiff beiciau sydd wedi’u marcio eu [cofrestru ar-lein](https://www.bikeregister.example/) \
                        fel y gellir eu dychwelyd.

                        Clowch eich beic â dau glo gwahanol, wrth rywbeth sefydlog, hyd yn oed am funud.
                        """.formatted(n.name())));
            }
            var patrols = new LinkedHashMap<String, UpdateText>();
            patrols.put("en", new UpdateText("Evening patrols around " + n.name() + " station", """
                    Following what residents told us at the last beat meeting, officers will walk the streets around \
                    the station every Friday and Saturday evening this month.

                    Stop and talk to them: tell them what worries you, or report anything you have seen.
                    """));
            if (welsh) {
                patrols.put("cy", new UpdateText("Patrolau gyda’r nos o gwmpas gorsaf " + n.name(), """
                        Yn dilyn yr hyn a ddywedodd trigolion wrthym yn y cyfarfod cymdogaeth diwethaf, bydd \
                        swyddogion yn cerdded y strydoedd o gwmpas yr orsaf bob nos Wener a nos Sadwrn y mis hwn.

                        Stopiwch i siarad â nhw: dywedwch wrthyn nhw beth sy’n eich poeni, neu rhowch wybod am \
                        unrhyw beth a welsoch.
                        """));
            }
            var created = updates.create(n.id(), new UpdateContent(patrols));
            updates.publish(created.id(), created.version(), null);
            created = updates.create(n.id(), new UpdateContent(bikes));
            if (riverside) {
                created = updates.replaceImage(created.id(), created.version(), bicycle(), "bike-marking.png",
                        "Drawing of a blue bicycle with a security mark on its frame");
            }
            updates.publish(created.id(), created.version(), null);
        }
    }

    /** A simple drawing of a bicycle, made in code so that the demo needs no image files. */
    static byte[] bicycle() {
        var image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xE8F1F8));
            g.fillRect(0, 0, 640, 400);
            g.setColor(new Color(0x1D4F91));
            g.setStroke(new BasicStroke(10));
            g.drawOval(90, 190, 160, 160);
            g.drawOval(390, 190, 160, 160);
            g.drawLine(170, 270, 280, 160);
            g.drawLine(280, 160, 470, 270);
            g.drawLine(280, 160, 440, 160);
            g.drawLine(170, 270, 330, 270);
            g.drawLine(330, 270, 440, 160);
            g.drawLine(440, 160, 470, 270);
            g.drawLine(250, 130, 310, 130);
            g.drawLine(430, 120, 440, 160);
            g.setColor(new Color(0xF2A900));
            g.fillRect(345, 150, 50, 20);
        } finally {
            g.dispose();
        }
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }
}
