package org.gdplayground.ui.chart;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG strings in tests; a parse error fails the test. */
final class Xml {

    private Xml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    /** All elements with this local name, in document order. */
    static List<Element> elements(Document d, String localName) {
        NodeList nodes = d.getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** Elements with this local name whose class attribute's first token is {@code cssClass}. */
    static List<Element> withClass(Document d, String localName, String cssClass) {
        return elements(d, localName).stream()
                .filter(e -> e.getAttribute("class").split("\\s+")[0].equals(cssClass)).toList();
    }

    /** Text contents of all text elements. */
    static List<String> texts(Document d) {
        return elements(d, "text").stream().map(Element::getTextContent).toList();
    }

    /** The (x, y) pairs of a path's d attribute as written by SvgPlot: commands M, L, H, V, v, h and numbers. */
    static List<double[]> subpaths(String d) {
        List<double[]> out = new ArrayList<>();
        for (String part : d.split("M")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nums = part.replace('L', ' ').trim().split("\\s+");
            double[] xy = new double[nums.length];
            for (int i = 0; i < nums.length; i++) {
                xy[i] = Double.parseDouble(nums[i]);
            }
            out.add(xy);
        }
        return out;
    }
}
