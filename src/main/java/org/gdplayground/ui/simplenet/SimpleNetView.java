package org.gdplayground.ui.simplenet;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gdplayground.ui.common.LiveText;
import org.gdplayground.engine.optimizer.Optimizer;
import org.gdplayground.engine.optimizer.Optimizers;
import org.gdplayground.engine.simplenet.Evaluation;
import org.gdplayground.engine.simplenet.SimpleNet;
import org.gdplayground.engine.simplenet.Trainer;
import org.gdplayground.scenario.ParamError;
import org.gdplayground.scenario.ParamError.Kind;
import org.gdplayground.simplenet.SimpleNetParams;
import org.gdplayground.system.Messages;
import org.gdplayground.ui.MainLayout;
import org.gdplayground.ui.chart.JsonText;
import org.gdplayground.ui.common.ChartSpecs;
import org.gdplayground.ui.common.Formats;
import org.gdplayground.ui.common.Layout;
import org.gdplayground.ui.common.LiveChart;
import org.jspecify.annotations.Nullable;

/**
 * simpleNet (seed 002) at {@code /simplenet}: x, the label t, the 2×3 weight matrix W (editable, random with a seed,
 * or the book's), z = x·W, y = softmax(z) as bars, the loss −Σ t·log(y + 1e-7), and dW numerically (central
 * differences, h = 1e-4) beside analytically (xᵀ(y − t)) with their difference. Play trains W with any optimizer and
 * shows the loss chart and the matrices live.
 *
 * <p>Training is a few microseconds per step, so it runs on the UI thread, driven by the browser's poll (every
 * {@value #FRAME_MILLIS} ms while playing): nothing runs when the page is gone, hidden tabs slow it down, and Pause,
 * Reset, a change of any field and leaving the page stop it at once. Link: {@code ?w=…&x=…&t=…&opt=…&lr=…}
 * ({@link SimpleNetParams}).
 */
@Route(value = "simplenet", layout = MainLayout.class)
public class SimpleNetView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    static final int FRAME_MILLIS = 100;
    /** Training stops here (the loss is long flat by then). */
    static final int MAX_STEPS = 5000;
    private static final String[] COLS = {"1", "2", "3"};

    private final Messages messages;

    final Button play = new Button();
    final Button step = new Button();
    final Button reset = new Button();
    final Select<Integer> speed = new Select<>();
    final Select<String> opt = new Select<>();
    final TextField lr = new TextField();
    final TextField x1 = new TextField();
    final TextField x2 = new TextField();
    final Select<Integer> label = new Select<>();
    final TextField seed = new TextField();
    final Button random = new Button();
    final Button book = new Button();
    final List<TextField> wFields = new ArrayList<>();
    final Div wGrid = new Div();
    final LiveText status = new org.gdplayground.ui.common.StatusLine();
    final Div linkErrors = new Div();
    final MatrixView z = new MatrixView("simplenet-z", 1, 3);
    final Div yBars = new Div();
    final Span loss = new Span();
    final MatrixView dwNumerical = new MatrixView("simplenet-dw-numerical", 2, 3);
    final MatrixView dwAnalytic = new MatrixView("simplenet-dw-analytic", 2, 3);
    final MatrixView dwDifference = new MatrixView("simplenet-dw-difference", 2, 3);
    final LiveChart lossChart = new LiveChart("simplenet-loss-chart");
    private final Paragraph intro = new Paragraph();
    private final H3 forwardTitle = new H3();
    private final H3 gradTitle = new H3();
    private final H3 lossTitle = new H3();
    private final Span wCaption = new Span();
    private final Span zCaption = new Span();
    private final Span yCaption = new Span();
    private final Span lossCaption = new Span();
    private final Span numCaption = new Span();
    private final Span anaCaption = new Span();
    private final Span diffCaption = new Span();
    private final Paragraph gradNote = new Paragraph();
    private final List<Div> bars = new ArrayList<>();
    private final List<Span> barTexts = new ArrayList<>();

    private double[] startW = SimpleNet.BOOK_W.clone();
    private double[] x = SimpleNet.SEED_X.clone();
    private double[] t = SimpleNet.SEED_T.clone();
    /** Tells an embedding lesson page how the training ended or where it paused. */
    private final org.gdplayground.ui.common.EmbedReport lessonReport =
            new org.gdplayground.ui.common.EmbedReport("simplenet");
    private String optKey = SimpleNetParams.DEFAULT_OPT;
    private double lrValue = SimpleNetParams.DEFAULT_LR;
    private Trainer trainer;
    private boolean playing;
    private @Nullable Registration pollRegistration;
    private @Nullable UI ui;
    private List<ParamError> linkProblems = List.of();
    /** Every (k, loss) of this training, flat; the chart has been sent the first {@link #sent} values. */
    private final List<Double> history = new ArrayList<>();
    private int sent;
    /** A field was changed by the learner since training last started from the fields. */
    private boolean edited;

    public SimpleNetView(Messages messages) {
        this.messages = messages;
        addClassName("gdp-playground");
        addClassName("gdp-simplenet");
        trainer = newTrainer();

        play.setId("simplenet-play");
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.addClickListener(e -> togglePlay());
        step.setId("simplenet-step");
        step.addClickListener(e -> stepOnce());
        reset.setId("simplenet-reset");
        reset.addClickListener(e -> resetTraining());
        Div buttons = new Div(play, step, reset);
        buttons.addClassName("gdp-buttons");

        speed.setId("simplenet-speed");
        speed.setItems(1, 5, 25);
        speed.setValue(1);

        opt.setId("simplenet-opt");
        opt.setItems(Optimizers.keys());
        opt.setValue(optKey);
        opt.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                optKey = e.getValue();
                restart(true);
            }
        });
        lr.setId("simplenet-lr");
        lr.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        lr.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edited = true;
                readFields();
            }
        });
        for (TextField f : List.of(x1, x2)) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited = true;
                    readFields();
                }
            });
        }
        x1.setId("simplenet-x1");
        x2.setId("simplenet-x2");
        Div xBox = new Div(x1, x2);
        xBox.addClassName("gdp-fieldset");
        label.setId("simplenet-t");
        label.setItems(0, 1, 2);
        label.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                t = SimpleNet.oneHot(e.getValue());
                restart(true);
            }
        });
        seed.setId("simplenet-seed");
        seed.setValue("1");
        random.setId("simplenet-random");
        random.addClickListener(e -> randomW());
        book.setId("simplenet-book");
        book.addClickListener(e -> {
            startW = SimpleNet.BOOK_W.clone();
            restart(true);
        });
        Div wButtons = new Div(random, book);
        wButtons.addClassName("gdp-buttons");

        Div controls = new Div(buttons, speed, Layout.section(opt, lr), Layout.section(xBox, label),
                Layout.section(seed, wButtons));
        controls.addClassName("gdp-controls");

        // W as a grid of fields, rows x₁, x₂ and columns class 1…3
        wGrid.setId("simplenet-w");
        wGrid.addClassName("gdp-sn-matrix");
        wGrid.addClassName("gdp-sn-editable");
        wGrid.getStyle().set("--gdp-sn-cols", "3");
        wGrid.add(head(""));
        for (String c : COLS) {
            wGrid.add(head(""));
        }
        for (int i = 0; i < SimpleNet.ROWS; i++) {
            wGrid.add(head("x" + sub(i + 1)));
            for (int j = 0; j < SimpleNet.COLS; j++) {
                TextField f = new TextField();
                f.setId("simplenet-w" + (i + 1) + (j + 1));
                f.addClassName("gdp-sn-wfield");
                f.setAriaLabel("w" + sub(i + 1) + sub(j + 1));
                f.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        edited = true;
                        readFields();
                    }
                });
                wFields.add(f);
                wGrid.add(f);
            }
        }

        yBars.setId("simplenet-y");
        yBars.addClassName("gdp-sn-bars");
        for (int j = 0; j < SimpleNet.COLS; j++) {
            Div bar = new Div();
            bar.addClassName("gdp-sn-bar");
            Span text = new Span();
            text.addClassName("gdp-sn-bar-text");
            Div track = new Div(bar);
            track.addClassName("gdp-sn-track");
            Div row = new Div(new Span(COLS[j]), track, text);
            row.addClassName("gdp-sn-bar-row");
            bars.add(bar);
            barTexts.add(text);
            yBars.add(row);
        }
        loss.setId("simplenet-loss");
        loss.addClassName("gdp-sn-loss");

        status.setId("simplenet-status");
        status.addClassName("gdp-status");
        linkErrors.setId("simplenet-link-errors");
        linkErrors.addClassName("gdp-link-errors");
        linkErrors.setVisible(false);
        intro.addClassName("gdp-note");

        Div forward = new Div(Layout.header(forwardTitle),
                block(wCaption, wGrid), block(zCaption, z), block(yCaption, yBars), block(lossCaption, loss));
        forward.addClassName("gdp-card");
        forward.addClassName("gdp-sn-forward");
        Div grads = new Div(Layout.header(gradTitle), block(numCaption, dwNumerical), block(anaCaption, dwAnalytic),
                block(diffCaption, dwDifference), gradNote);
        grads.addClassName("gdp-card");
        grads.addClassName("gdp-sn-grads");
        gradNote.addClassName("gdp-note");
        Div lossCard = new Div(Layout.header(lossTitle), lossChart);
        lossCard.addClassName("gdp-card");
        Div views = new Div(forward, grads, lossCard);
        views.addClassName("gdp-sn-views");
        Div main = new Div(status, linkErrors, intro, views);
        main.addClassName("gdp-main");
        add(controls, main);
    }

    private static Span head(String text) {
        Span s = new Span(text);
        s.addClassName("gdp-sn-head");
        return s;
    }

    private static Div block(Span caption, com.vaadin.flow.component.Component body) {
        caption.addClassName("gdp-sn-caption");
        Div d = new Div(caption, body);
        d.addClassName("gdp-sn-block");
        return d;
    }

    private static String sub(int i) {
        return String.valueOf((char) ('₀' + i));
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = new LinkedHashMap<>(event.getLocation().getQueryParameters()
                .getParameters());
        query.remove("lang");
        SimpleNetParams.Parsed p = SimpleNetParams.page(query);
        startW = p.w();
        x = p.x();
        t = p.t();
        optKey = p.opt();
        lrValue = p.lr();
        linkProblems = p.errors();
        pause();
        trainer = newTrainer();
        history.clear();
        fillFields();
        localize();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        ui.getPage().addStyleSheet("context://gdp/simplenet.css");
        pollRegistration = ui.addPollListener(e -> {
            if (playing) {
                frame();
            }
        });
        configureChart();
        show();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        pause();
        Registration r = pollRegistration;
        if (r != null) {
            r.remove();
            pollRegistration = null;
        }
        ui = null;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        localize();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("simplenet.title");
    }

    // ---------------------------------------------------------------- training

    private Trainer newTrainer() {
        Optimizer o = Optimizers.create(optKey, Map.of("lr", lrValue));
        return new Trainer(new SimpleNet(x, t), startW, o);
    }

    void togglePlay() {
        if (playing) {
            pause();
        } else if (readFields()) {
            if (trainer.stop() != Trainer.Stop.NONE || trainer.steps() >= MAX_STEPS) {
                resetTraining();
            }
            playing = true;
            UI u = ui;
            if (u != null) {
                u.setPollInterval(FRAME_MILLIS);
            }
            setEditable(false);
            show();
        }
    }

    void pause() {
        if (playing) {
            playing = false;
            UI u = ui;
            if (u != null) {
                u.setPollInterval(-1);
            }
            setEditable(true);
            fillW(trainer.w());
            show();
        }
    }

    void stepOnce() {
        pause();
        if (readFields()) {
            advance(1);
            show();
        }
    }

    void resetTraining() {
        pause();
        trainer = newTrainer();
        history.clear();
        fillFields();
        configureChart();
        show();
    }

    /** One frame of play: a few steps, then the page. */
    void frame() {
        Integer n = speed.getValue();
        advance(n == null ? 1 : n);
        if (trainer.stop() != Trainer.Stop.NONE || trainer.steps() >= MAX_STEPS) {
            pause();
        }
        show();
    }

    private void advance(int n) {
        if (history.isEmpty()) {
            history.add(0.0);
            history.add(trainer.loss());
        }
        for (int i = 0; i < n && trainer.steps() < MAX_STEPS; i++) {
            if (!trainer.step()) {
                break;
            }
            history.add((double) trainer.steps());
            history.add(trainer.loss());
        }
    }

    /** Starts over from the current fields (W, x, t, optimizer, lr) and writes them into the link. */
    private void restart(boolean toLink) {
        pause();
        trainer = newTrainer();
        history.clear();
        edited = false;
        fillFields();
        configureChart();
        show();
        if (toLink) {
            writeLink();
        }
    }

    private void randomW() {
        Long s = null;
        try {
            s = Long.parseLong(seed.getValue().trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (s == null) {
            seed.setInvalid(true);
            seed.setErrorMessage(getTranslation("simplenet.seed.invalid", seed.getValue()));
            return;
        }
        seed.setInvalid(false);
        startW = SimpleNet.randomW(s);
        for (int i = 0; i < startW.length; i++) {
            // the link and the fields carry 6 significant digits: the W shown is the W trained
            startW[i] = Double.parseDouble(Formats.plain(startW[i], 6));
        }
        restart(true);
    }

    // ---------------------------------------------------------------- fields

    private void setEditable(boolean editable) {
        wFields.forEach(f -> f.setReadOnly(!editable));
        for (var c : List.of(x1, x2, lr, seed)) {
            c.setReadOnly(!editable);
        }
        opt.setReadOnly(!editable);
        label.setReadOnly(!editable);
        random.setEnabled(editable);
        book.setEnabled(editable);
    }

    private void fillFields() {
        fillW(startW);
        x1.setValue(SimpleNetParams.join(new double[] {x[0]}));
        x2.setValue(SimpleNetParams.join(new double[] {x[1]}));
        lr.setValue(SimpleNetParams.join(new double[] {lrValue}));
        opt.setValue(optKey);
        label.setValue(SimpleNet.labelClass(t));
        for (TextField f : allFields()) {
            f.setInvalid(false);
        }
    }

    private void fillW(double[] w) {
        for (int i = 0; i < wFields.size(); i++) {
            wFields.get(i).setValue(playing || trainer.steps() > 0 ? Formats.plain(w[i], 6)
                    : SimpleNetParams.join(new double[] {w[i]}));
        }
    }

    private List<TextField> allFields() {
        List<TextField> all = new ArrayList<>(wFields);
        all.add(x1);
        all.add(x2);
        all.add(lr);
        return all;
    }

    /**
     * Reads W, x and lr from the fields. Invalid ones are marked with a message naming the field and what is
     * allowed, keep what was typed, and nothing starts (false). When valid and different from what is being
     * trained, training starts over from them and the link is updated.
     */
    boolean readFields() {
        boolean ok = true;
        double[] w = new double[SimpleNet.SIZE];
        for (int i = 0; i < wFields.size(); i++) {
            Double v = entry(wFields.get(i), "w", SimpleNetParams.RANGE.toString());
            ok &= v != null;
            w[i] = v == null ? 0 : v;
        }
        Double a = entry(x1, "x", SimpleNetParams.RANGE.toString());
        Double b = entry(x2, "x", SimpleNetParams.RANGE.toString());
        Double l = entry(lr, "lr", "(0, ∞)");
        ok &= a != null && b != null && l != null;
        if (!ok) {
            status.setText(getTranslation("simplenet.status.invalid"));
            status.addClassName("gdp-status-invalid");
            return false;
        }
        status.removeClassName("gdp-status-invalid");
        if (edited) {
            startW = w;
            x = new double[] {a, b};
            lrValue = l;
            restart(true);
        }
        return true;
    }

    /** The number in {@code f}, or null with the field marked invalid (the message names it and the range). */
    private @Nullable Double entry(TextField f, String param, String allowed) {
        String raw = f.getValue();
        Double v = SimpleNetParams.parseNumber(raw);
        boolean inRange = v != null && (param.equals("lr") ? v > 0
                : SimpleNetParams.RANGE.contains(v));
        if (v == null || !inRange) {
            Kind kind = v == null ? Kind.NOT_A_NUMBER : Kind.OUT_OF_RANGE;
            f.setInvalid(true);
            f.setErrorMessage(new ParamError(param, raw.trim(), kind, allowed, List.of())
                    .message(messages, getLocale()));
            return null;
        }
        f.setInvalid(false);
        return v;
    }

    private void writeLink() {
        UI u = ui;
        if (u != null) {
            // straight to the browser: Vaadin's History would re-encode the commas and reorder the parameters
            u.getPage().executeJs("history.replaceState(history.state, '', $0)", "simplenet?" + link());
        }
    }

    /** The link query of the current state (the W training starts from). */
    String link() {
        return SimpleNetParams.query(startW, x, t, optKey, lrValue);
    }

    // ---------------------------------------------------------------- display

    private void configureChart() {
        Locale l = getLocale();
        lossChart.configure(ChartSpecs.loss(List.of(new ChartSpecs.Series("0",
                messages.getTranslation("opt." + optKey + ".name", l), "#1f6feb")), false,
                k -> messages.getTranslation(k, l)));
        sent = 0;
    }

    /** Everything on screen from the trainer's current W. */
    void show() {
        Evaluation e = trainer.evaluate();
        if (playing || trainer.steps() > 0) {
            fillW(e.w());
        }
        z.show(e.z(), v -> Formats.num(v, 6));
        double[] y = e.y();
        int c = SimpleNet.labelClass(t);
        for (int j = 0; j < y.length; j++) {
            bars.get(j).getStyle().set("width", String.format(Locale.ROOT, "%.2f%%", 100 * y[j]));
            bars.get(j).getElement().setAttribute("data-label", j == c ? "true" : "false");
            barTexts.get(j).setText(Formats.num(y[j], 4) + (j == c ? "  ← t" : ""));
        }
        loss.setText("L = " + Formats.num(e.loss(), 8));
        dwNumerical.show(e.dWNumerical(), v -> Formats.num(v, 8));
        dwAnalytic.show(e.dWAnalytic(), v -> Formats.num(v, 8));
        double[] diff = new double[SimpleNet.SIZE];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = e.dWNumerical()[i] - e.dWAnalytic()[i];
        }
        dwDifference.show(diff, v -> Formats.num(v, 2));
        gradNote.setText(agreement(diff, y[c], this::getTranslation));
        status.removeClassName("gdp-status-invalid");
        String state = trainer.stop() == Trainer.Stop.SINGULAR_HESSIAN ? "singular"
                : trainer.stop() == Trainer.Stop.NOT_FINITE ? "notFinite"
                : trainer.steps() >= MAX_STEPS ? "finished" : playing ? "running" : trainer.steps() == 0 ? "ready"
                : "paused";
        status.setText(getTranslation("simplenet.status." + state, trainer.steps(), Formats.num(e.loss(), 6),
                e.predicted() + 1, c + 1));
        status.getElement().setAttribute("data-state", state.equals("finished") ? "max_steps" : state);
        play.setText(getTranslation(playing ? "pg.pause" : "pg.play"));
        sendChart();
        if (trainer.steps() > 0) {
            lessonReport.offer(this, playing, optKey, lrValue, trainer.steps(), e.loss(),
                    !state.equals("paused"), e.w());
        }
    }

    /**
     * The sentence under the two gradients, computed from their actual difference: how close they are, and when they
     * differ visibly, why (the label's probability is so small that the 1e-7 inside the log flattens the loss).
     */
    static String agreement(double[] diff, double labelProbability,
            org.gdplayground.ui.common.StatusText.Translator tr) {
        double max = 0;
        for (double d : diff) {
            max = Math.max(max, Math.abs(d));
        }
        return max <= AGREE ? tr.tr("simplenet.dw.agree", Formats.num(max, 2))
                : tr.tr("simplenet.dw.differ", Formats.num(max, 2), Formats.num(labelProbability, 2));
    }

    /** A largest difference up to this counts as agreeing (central differences with h = 1e-4 are off by ~1e-8). */
    static final double AGREE = 1e-5;

    /** Sends the (k, loss) points the chart has not had yet. */
    private void sendChart() {
        if (history.isEmpty()) {
            history.add(0.0);
            history.add(trainer.loss());
        }
        if (sent >= history.size()) {
            return;
        }
        double[] flat = new double[history.size() - sent];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = history.get(sent + i);
        }
        sent = history.size();
        JsonText j = new JsonText(64 + flat.length * 12).beginObject();
        j.key("points").beginObject().key("0").pairs(flat).endObject();
        j.key("current").beginObject().key("0").numbers(trainer.steps(), trainer.loss()).endObject();
        j.key("playing").value(playing);
        lossChart.append(j.endObject().toString());
    }

    private void localize() {
        Locale l = getLocale();
        intro.setText(getTranslation("simplenet.intro"));
        step.setText(getTranslation("pg.step"));
        reset.setText(getTranslation("simplenet.reset"));
        speed.setLabel(getTranslation("simplenet.speed"));
        speed.setItemLabelGenerator(n -> getTranslation("simplenet.speed.perFrame", n));
        opt.setLabel(getTranslation("param.label.opt"));
        opt.setItemLabelGenerator(k -> messages.getTranslation("opt." + k + ".name", l));
        lr.setLabel(getTranslation("param.label.lr"));
        x1.setLabel(getTranslation("simplenet.x1"));
        x2.setLabel(getTranslation("simplenet.x2"));
        label.setLabel(getTranslation("simplenet.label"));
        label.setItemLabelGenerator(c -> getTranslation("simplenet.label.class", c + 1,
                SimpleNetParams.join(SimpleNet.oneHot(c))));
        seed.setLabel(getTranslation("simplenet.seed"));
        random.setText(getTranslation("simplenet.random"));
        book.setText(getTranslation("simplenet.book"));
        forwardTitle.setText(getTranslation("simplenet.forward"));
        gradTitle.setText(getTranslation("simplenet.gradient"));
        lossTitle.setText(getTranslation("simplenet.lossChart"));
        wCaption.setText(getTranslation("simplenet.w.caption"));
        zCaption.setText(getTranslation("simplenet.z.caption"));
        yCaption.setText(getTranslation("simplenet.y.caption"));
        lossCaption.setText(getTranslation("simplenet.loss.caption"));
        numCaption.setText(getTranslation("simplenet.dw.numerical"));
        anaCaption.setText(getTranslation("simplenet.dw.analytic"));
        diffCaption.setText(getTranslation("simplenet.dw.difference"));
        List<String> classes = List.of(getTranslation("simplenet.class", 1), getTranslation("simplenet.class", 2),
                getTranslation("simplenet.class", 3));
        List<String> rows = List.of("x₁", "x₂");
        z.heads(List.of("z"), classes);
        dwNumerical.heads(rows, classes);
        dwAnalytic.heads(rows, classes);
        dwDifference.heads(rows, classes);
        for (int j = 0; j < SimpleNet.COLS; j++) {
            ((Span) wGrid.getComponentAt(1 + j)).setText(classes.get(j));
        }
        linkErrors.removeAll();
        linkErrors.setVisible(!linkProblems.isEmpty());
        if (!linkProblems.isEmpty()) {
            linkErrors.add(new Span(getTranslation("simplenet.link.ignored")));
            for (ParamError p : linkProblems) {
                Div d = new Div();
                d.setText(p.message(messages, l));
                linkErrors.add(d);
            }
        }
        configureChart();
        show();
    }
}
