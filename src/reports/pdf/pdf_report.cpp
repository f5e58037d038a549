#include "reports/pdf/pdf_report.h"

#include "analytics/vector_state.h"
#include "reports/html_report.h"
#include "reports/pdf/chart_painter.h"
#include "reports/report_files.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportFormats {
    Q_DECLARE_TR_FUNCTIONS(ReportFormats)
};

constexpr double kChartScale = 3; // chart images at three pixels per point: sharp on paper

/** Portrait fits about nine columns at the report's font; wider tables get a landscape page. */
bool needsLandscape(const Report& report) {
    for (const auto* table : allTables(report)) {
        if (table->columns.size() > 9) {
            return true;
        }
    }
    return false;
}

} // namespace

void loadReportDocument(QTextDocument& document, const Report& report) {
    // Break lines between words only, on paper and in the app's view: the default also breaks inside words,
    // which let a table's text columns shrink to one letter a line ("h o l d") beside money that never wraps.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WordWrap);
    document.setDefaultTextOption(wrapping);
    const Formatting format(report);
    std::size_t index = 0;
    for (const auto& section : report.sections) {
        for (const auto& chart : section.charts) {
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("rapport-chart:%1").arg(index++)),
                                 paintChart(layOutChart(chart, kChartWidth, kChartHeight, format), kChartScale));
        }
    }
    document.setHtml(QString::fromStdString(htmlReport(report, ChartEmbedding::ImageResources)));
}

void ensureGuiApplication() {
    if (QGuiApplication::instance() != nullptr) {
        return;
    }
    // The CLI draws PDFs without a display: the off-screen platform has fonts but needs no X server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Qt warns on stderr without a runtime folder; give it the private one it would fall back to anyway.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const auto folder = std::filesystem::temp_directory_path() / ("runtime-" + std::to_string(getuid()));
        std::error_code ignored;
        std::filesystem::create_directories(folder, ignored);
        std::filesystem::permissions(folder, std::filesystem::perms::owner_all, ignored);
        qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(folder.string()));
    }
    static int argc = 1;
    static char name[] = "rapport-cli";
    static char* argv[] = {name, nullptr};
    // Kept for the whole process (reachable from this static), like an application object made in main().
    static auto* application = new QGuiApplication(argc, argv);
    (void)application;
    // Its start-up leaves this thread's upper AVX halves dirty, which made the analysis a PDF report runs next
    // several times slower (analytics/vector_state.h).
    analytics::clearUpperVectorRegisters();
}

void writePdfReport(const Report& report, const std::string& path) {
    if (QGuiApplication::instance() == nullptr) {
        throw std::logic_error("writePdfReport needs a QGuiApplication (call ensureGuiApplication)");
    }
    // Painted into memory and written with the same checked write as every other format: QPdfWriter on a file
    // reports no write error, so a full disk left a truncated PDF that said "written".
    QByteArray bytes;
    bool painted = false;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(QString::fromStdString(report.title));
        writer.setCreator(QStringLiteral("Rapport"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         needsLandscape(report) ? QPageLayout::Landscape : QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));

        QTextDocument document;
        // Laid out for the PDF itself: point sizes and line breaks are those of the page, not of a screen.
        document.documentLayout()->setPaintDevice(&writer);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(9);
        // Without shaping there are no "fi" ligatures, so text found or copied in the PDF reads as typed
        // ("profit", not "proﬁt"). Qt 6.4 cannot switch off ligatures alone (QFont::setFeature is 6.6); the cost
        // is that Arabic letters are drawn in their isolated forms.
        font.setStyleStrategy(QFont::PreferNoShaping);
        document.setDefaultFont(font);
        loadReportDocument(document, report);

        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const double footer = writer.resolution() * 0.3; // room for the page number, 0.3 inch
        const QSizeF body(page.width(), page.height() - footer);
        document.setPageSize(body);
        const int pages = document.pageCount();
        QPainter painter;
        if (!painter.begin(&writer)) {
            throw std::runtime_error(path + ": cannot write the PDF (is the folder writable?)");
        }
        QFont small = font;
        small.setPointSizeF(7.5);
        for (int p = 0; p < pages; ++p) {
            if (p > 0) {
                writer.newPage();
            }
            painter.save();
            painter.translate(0, -p * body.height());
            document.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x66, 0x66, 0x66));
            painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignLeft | Qt::AlignBottom,
                             QString::fromStdString(report.title));
            painter.drawText(QRectF(0, body.height(), body.width(), footer), Qt::AlignRight | Qt::AlignBottom,
                             ReportFormats::tr("page %1 of %2", "a PDF page's foot").arg(p + 1).arg(pages));
        }
        painted = painter.end();
    }
    if (!painted || bytes.isEmpty()) {
        throw std::runtime_error(path + ": cannot draw the PDF");
    }
    writeWholeFile(path, std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace rapport::reports
