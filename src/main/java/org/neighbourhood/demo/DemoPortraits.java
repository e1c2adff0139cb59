package org.neighbourhood.demo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Illustrated head-and-shoulders silhouettes that stand in for officers' photos in the demo: no real
 * person's likeness. Each is drawn from the officer's name, so it is the same on every start.
 */
final class DemoPortraits {

    private static final String[] BACKGROUNDS = {"#dbe7f3", "#e4eedc", "#f3e3d3", "#e6def0", "#f0e6c8", "#d9eeee"};
    private static final String[] SKIN = {"#f1c9a5", "#e0ac85", "#c68642", "#8d5524", "#5c3a21", "#f5d6c1"};
    private static final String[] HAIR = {"#2b1b10", "#4a2f1b", "#7a5230", "#b88a4a", "#1c1c1c", "#8a8a8a"};

    private DemoPortraits() {
    }

    static byte[] portrait(String name) {
        int seed = Math.abs(name.hashCode());
        var background = BACKGROUNDS[seed % BACKGROUNDS.length];
        var skin = SKIN[(seed / 7) % SKIN.length];
        var hair = HAIR[(seed / 49) % HAIR.length];
        boolean longHair = (seed / 343) % 2 == 0;
        var hairShape = longHair
                ? "<path d=\"M62 86c0-26 14-44 38-44s38 18 38 44v34h-14V88H76v32H62Z\" fill=\"" + hair + "\"/>"
                : "<path d=\"M64 84c0-24 14-40 36-40s36 16 36 40c-8-10-20-16-36-16s-28 6-36 16Z\" fill=\""
                        + hair + "\"/>";
        var svg = String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">\
                <rect width="200" height="200" fill="%s"/>\
                <path d="M28 200c4-42 34-62 72-62s68 20 72 62Z" fill="#1f2a3a"/>\
                <path d="M84 138h32l-16 22Z" fill="#f4f4f4"/>\
                <rect x="88" y="112" width="24" height="30" rx="8" fill="%s"/>\
                <ellipse cx="100" cy="90" rx="32" ry="38" fill="%s"/>\
                %s\
                </svg>""", background, skin, skin, hairShape);
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
