package org.gdplayground.ui.data;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import org.gdplayground.dataset.CsvProblem;
import org.gdplayground.dataset.DataLimits;
import org.gdplayground.dataset.DatasetQuota;
import org.gdplayground.dataset.DatasetService;
import org.gdplayground.dataset.UploadRefused;
import org.gdplayground.scenario.ScenarioParser;
import org.gdplayground.scenario.ScenarioSpec;
import org.gdplayground.system.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Scope;

/**
 * The upload control for "Your data" ({@code #data-upload}): a CSV file is checked, fitted and stored on the server
 * ({@link DatasetService}); a bad file's row-and-column message is shown here ({@code #data-error}) and nothing else
 * on the page changes; a good one is handed to the page ({@link #onStored}), which opens {@code fn=data&data=<id>}.
 * {@code #data-info} describes the data set on screen. One per page (prototype scope).
 */
@SpringComponent
@Scope("prototype")
public class DataUploadPanel extends Div implements LocaleChangeObserver {

    private static final Logger log = LoggerFactory.getLogger(DataUploadPanel.class);

    final Upload upload;
    final Span help = new Span();
    final Span info = new Span();
    final Div error = new Div();
    private final DatasetService datasets;
    private final Messages messages;
    private Consumer<String> stored = id -> { };
    private @Nullable String shownId;

    public DataUploadPanel(DatasetService datasets, Messages messages) {
        this.datasets = datasets;
        this.messages = messages;
        upload = new Upload(this::receive);
        upload.setId("data-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setDropAllowed(true);
        upload.getStyle().set("padding", "var(--lumo-space-s)").set("box-sizing", "border-box")
                .set("max-width", "100%");
        addClassName("gdp-data-upload");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
                .set("margin", "var(--lumo-space-xs) 0");
        help.setId("data-help");
        help.addClassName("gdp-hint");
        info.setId("data-info");
        info.addClassName("gdp-note");
        error.setId("data-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("padding", ".4rem .6rem").set("border-radius", "var(--lumo-border-radius-m, 8px)")
                .set("background", "#fff1ec").set("border", "1px solid #f3b49d").set("color", "#8a2a00")
                .set("font-size", "var(--lumo-font-size-s, .875rem)").set("overflow-wrap", "anywhere");
        error.setVisible(false);
        add(upload, help, info, error);
        setVisible(false);
    }

    /** Told the id of every data set stored through this control (on the UI thread). */
    public void onStored(Consumer<String> listener) {
        this.stored = listener;
    }

    /** Shows the data set of the scenario on screen (or none); the control is visible for {@code fn=data}. */
    public void show(ScenarioSpec spec) {
        boolean data = ScenarioParser.DATA.equals(spec.fn());
        shownId = data ? spec.expr() : null;
        describe();
    }

    /** Shows the control for {@code fn=data} (the surface choice's value), hides it otherwise. */
    public void showFor(@Nullable String fn) {
        setVisible(ScenarioParser.DATA.equals(fn));
    }

    /** Runs on the upload request (session not locked): reads, checks and stores, then updates the page. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        Outcome outcome;
        try {
            byte[] bytes = datasets.readLimited(event.getInputStream());
            // the quota is per browser session: a class behind one school address does not share one
            String client = "session:" + ui.getSession().getSession().getId();
            outcome = new Outcome(datasets.upload(bytes, client).info().id(), null, null);
        } catch (CsvProblem p) {
            outcome = new Outcome(null, p, null);
        } catch (UploadRefused r) {
            outcome = new Outcome(null, null, r);
        } catch (RuntimeException e) {
            log.error("upload of {} failed", event.getFileName(), e);
            outcome = new Outcome(null, null, null);
        }
        Outcome done = outcome;
        ui.access(() -> finish(done));
    }

    private record Outcome(@Nullable String id, @Nullable CsvProblem problem, @Nullable UploadRefused refused) {
    }

    private void finish(Outcome o) {
        upload.clearFileList();
        if (o.id() != null) {
            error.setVisible(false);
            shownId = o.id();
            describe();
            stored.accept(o.id());
            return;
        }
        CsvProblem p = o.problem();
        UploadRefused r = o.refused();
        String text = r != null ? refusal(r)
                : p == null ? getTranslation("data.upload.failed")
                : p.message(messages, getLocale()) + " " + getTranslation("data.upload.failed");
        error.setText(text);
        error.setVisible(true);
    }

    private String refusal(UploadRefused r) {
        if (r.reason() == UploadRefused.Reason.FULL) {
            return getTranslation("data.upload.full");
        }
        DatasetQuota q = datasets.quota();
        return getTranslation("data.upload.quota", q.uploadsPerHour(), q.uploadBytesPerHour().toMegabytes(),
                Math.max(1, (r.retryAfterSeconds() + 59) / 60));
    }

    /** Shows a problem of the scenario's {@code data} parameter (missing or unknown id) in place. */
    public void showProblem(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    public void clearProblem() {
        error.setVisible(false);
    }

    private void describe() {
        Optional<DatasetService.Info> i = shown();
        info.setVisible(i.isPresent());
        i.ifPresent(d -> info.setText(getTranslation("data.upload.stored", d.id(), d.rows(), d.features(),
                String.join(", ", d.columns().subList(0, d.features())), d.columns().getLast())
                + (Double.isFinite(d.startLr()) ? " " + getTranslation("data.upload.startLr",
                        org.gdplayground.ui.common.Formats.num(d.startLr()),
                        org.gdplayground.ui.common.Formats.num(d.twoOverL())) : "")));
        help.setText(i.isPresent() ? helpText() : getTranslation("data.upload.none") + " " + helpText());
    }

    /** What is stored about data set {@code id} (rows, columns, its stable starting rate and 2/L), if it exists. */
    public Optional<DatasetService.Info> info(String id) {
        return datasets.info(id);
    }

    /** The learning rate a run on data set {@code id} starts with (0.9 × 2/L of its data, rounded down), if known. */
    public java.util.Optional<Double> startLr(String id) {
        return datasets.info(id).map(DatasetService.Info::startLr).filter(Double::isFinite);
    }

    /** The first feature's name when an uploaded data set is on screen, else {@code fallback}: the plot's x axis. */
    public String xLabel(String fallback) {
        return shown().map(d -> d.columns().getFirst()).orElse(fallback);
    }

    /** The target's name when an uploaded data set is on screen, else {@code fallback}. */
    public String yLabel(String fallback) {
        return shown().map(d -> d.columns().getLast()).orElse(fallback);
    }

    private Optional<DatasetService.Info> shown() {
        String id = shownId;
        return id == null ? Optional.empty() : datasets.info(id);
    }

    private String helpText() {
        DataLimits l = datasets.limits();
        return getTranslation("data.upload.help", l.maxRows(), l.maxFeatures(), l.maxBytes() / 1024);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("data.upload.button"))
                .setMany(getTranslation("data.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("data.upload.drop"))
                .setMany(getTranslation("data.upload.drop")));
        upload.setI18n(i18n);
        describe();
    }
}
