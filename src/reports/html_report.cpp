#include "reports/html_report.h"

#include "reports/cell_text.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportFormats {
    Q_DECLARE_TR_FUNCTIONS(ReportFormats)
};

std::string hexColor(std::uint32_t rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06X", rgb & 0xFFFFFFu);
    return buffer;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

bool rightAligned(CellType type) {
    return type != CellType::Text && type != CellType::Date;
}

constexpr std::string_view kStyle =
    R"(body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;color:#222;max-width:60em;margin:2em auto;padding:0 1em}
h1{font-size:18pt;margin-bottom:.3em}h2{font-size:13pt;margin-top:1.6em;border-bottom:1px solid #ccc}
h3{font-size:10.5pt;margin-bottom:.3em}table{border-collapse:collapse;margin:.4em 0 1em}
th,td{padding:2px 8px;border-bottom:1px solid #e4e4e4;vertical-align:top}th{background:#dce6f1;text-align:left}
td.n{text-align:right;white-space:nowrap}table.wide td,table.wide th{font-size:7.5pt}table.facts td{border:none;color:#444}td.fact{padding-right:1.5em;white-space:nowrap}p.more{color:#666;font-style:italic}svg{display:block;margin:.5em 0}
)";

std::size_t codePoints(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/**
 * Each column's share of the table's width, from its longest value (capped) and its longest header word, so
 * names are not broken letter by letter while numbers get just what they need. Paged PDF layout needs this:
 * it does not measure content the way a browser does.
 */
std::vector<int> columnPercents(const Table& table, std::size_t shownRows, const Formatting& format) {
    std::vector<double> weights;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        std::size_t widest = 3;
        std::size_t word = 0;
        for (const char ch : table.columns[c].title + " ") {
            word = ch == ' ' ? 0 : word + 1;
            widest = std::max(widest, word);
        }
        for (std::size_t r = 0; r < shownRows; ++r) {
            if (c < table.rows[r].size()) {
                widest = std::max(widest, codePoints(format.cell(table.rows[r][c], table.columns[c].type)));
            }
        }
        weights.push_back(static_cast<double>(std::min<std::size_t>(widest, 32)) + 1);
    }
    double total = 0;
    for (const double w : weights) {
        total += w;
    }
    std::vector<int> percents;
    for (const double w : weights) {
        percents.push_back(std::max(1, static_cast<int>(100 * w / total)));
    }
    return percents;
}

} // namespace

std::string htmlEscaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string svgChart(const ChartDrawing& drawing) {
    std::ostringstream svg;
    svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(drawing.width * 1.6) << "\" height=\""
        << number(drawing.height * 1.6) << "\" viewBox=\"0 0 " << number(drawing.width) << ' ' << number(drawing.height)
        << "\" font-family=\"DejaVu Sans, Arial, sans-serif\">";
    for (const auto& shape : drawing.shapes) {
        const auto color = hexColor(shape.color);
        const auto& p = shape.xy;
        switch (shape.kind) {
        case ChartShape::Kind::Rect:
            svg << "<rect x=\"" << number(p[0]) << "\" y=\"" << number(p[1]) << "\" width=\"" << number(p[2])
                << "\" height=\"" << number(p[3]) << "\" fill=\"" << color << "\"/>";
            break;
        case ChartShape::Kind::Line:
        case ChartShape::Kind::Polyline: {
            svg << "<polyline fill=\"none\" stroke=\"" << color << "\" stroke-width=\"" << number(shape.lineWidth)
                << '"' << (shape.dashed ? " stroke-dasharray=\"4 3\"" : "") << " points=\"";
            for (std::size_t i = 0; i + 1 < p.size(); i += 2) {
                svg << (i == 0 ? "" : " ") << number(p[i]) << ',' << number(p[i + 1]);
            }
            svg << "\"/>";
            break;
        }
        case ChartShape::Kind::Text: {
            const char* anchor = shape.anchor == ChartShape::Anchor::Middle ? "middle"
                                 : shape.anchor == ChartShape::Anchor::End  ? "end"
                                                                            : "start";
            svg << "<text x=\"" << number(p[0]) << "\" y=\"" << number(p[1]) << "\" font-size=\""
                << number(shape.fontSize) << "\" fill=\"" << color << "\" text-anchor=\"" << anchor << '"'
                << (shape.bold ? " font-weight=\"bold\"" : "") << '>' << htmlEscaped(shape.text) << "</text>";
            break;
        }
        }
    }
    svg << "</svg>";
    return svg.str();
}

std::string htmlReport(const Report& report, ChartEmbedding charts) {
    const Formatting format(report);
    std::size_t chartNumber = 0;
    std::ostringstream html;
    html << "<!DOCTYPE html>\n<html lang=\"" << htmlEscaped(report.language)
         << "\"><head><meta charset=\"utf-8\"><title>" << htmlEscaped(report.title) << "</title><style>" << kStyle
         << "</style></head><body>\n<h1>" << htmlEscaped(report.title)
         << "</h1>\n<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">";
    for (const auto& [name, value] : report.facts) {
        html << "<tr><td class=\"fact\"><b>" << htmlEscaped(name) << "</b></td><td>" << htmlEscaped(value)
             << "</td></tr>";
    }
    html << "</table>\n";
    for (const auto& section : report.sections) {
        html << "<h2>" << htmlEscaped(section.heading) << "</h2>\n";
        for (const auto& paragraph : section.paragraphs) {
            html << "<p>" << htmlEscaped(paragraph) << "</p>\n";
        }
        for (const auto& chart : section.charts) {
            if (charts == ChartEmbedding::Svg) {
                html << svgChart(layOutChart(chart, kChartWidth, kChartHeight, format)) << '\n';
            } else {
                html << "<p><img src=\"rapport-chart:" << chartNumber << "\" width=\"" << number(kChartWidth * 1.5)
                     << "\" height=\"" << number(kChartHeight * 1.5) << "\"></p>\n";
            }
            ++chartNumber;
        }
        for (const auto& table : section.tables) {
            html << "<h3>" << htmlEscaped(table.title)
                 << "</h3>\n<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\""
                 // Wide tables get a smaller type so they fit the page's width.
                 << (table.columns.size() > 6 ? " class=\"wide\"" : "") << "><thead><tr>";
            const std::size_t shown =
                table.printedRows == 0 ? table.rows.size() : std::min(table.printedRows, table.rows.size());
            const auto percents = columnPercents(table, shown, format);
            for (std::size_t c = 0; c < table.columns.size(); ++c) {
                html << "<th width=\"" << percents[c] << "%\">" << htmlEscaped(table.columns[c].title) << "</th>";
            }
            html << "</tr></thead><tbody>\n";
            for (std::size_t r = 0; r < shown; ++r) {
                html << "<tr>";
                for (std::size_t c = 0; c < table.columns.size(); ++c) {
                    const Cell empty;
                    const auto& cell = c < table.rows[r].size() ? table.rows[r][c] : empty;
                    // Widths repeated on the first row: Qt's layout takes them from body cells.
                    if (r == 0) {
                        html << "<td width=\"" << percents[c] << "%\""
                             << (rightAligned(table.columns[c].type) ? " class=\"n\">" : ">");
                    } else {
                        html << (rightAligned(table.columns[c].type) ? "<td class=\"n\">" : "<td>");
                    }
                    html << htmlEscaped(format.cell(cell, table.columns[c].type)) << "</td>";
                }
                html << "</tr>\n";
            }
            html << "</tbody></table>\n";
            if (shown < table.rows.size()) {
                html << "<p class=\"more\">"
                     << htmlEscaped(
                            utf8(ReportFormats::tr("The first %1 of %Ln rows; the XLSX and CSV versions of this "
                                                   "report hold all of them.",
                                                   nullptr, static_cast<int>(table.rows.size()))
                                     .arg(qstring(format.count(static_cast<std::int64_t>(shown))))))
                     << "</p>\n";
            }
        }
    }
    html << "</body></html>\n";
    return html.str();
}

} // namespace rapport::reports
