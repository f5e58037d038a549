#include "reports/pdf/chart_painter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

namespace rapport::reports {

namespace {

QColor colorOf(std::uint32_t rgb) {
    return QColor(static_cast<int>((rgb >> 16) & 0xFF), static_cast<int>((rgb >> 8) & 0xFF),
                  static_cast<int>(rgb & 0xFF));
}

} // namespace

QImage paintChart(const ChartDrawing& drawing, double scale) {
    QImage image(static_cast<int>(drawing.width * scale), static_cast<int>(drawing.height * scale),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    for (const auto& shape : drawing.shapes) {
        const auto& p = shape.xy;
        const QColor color = colorOf(shape.color);
        switch (shape.kind) {
        case ChartShape::Kind::Rect:
            painter.fillRect(QRectF(p[0], p[1], p[2], p[3]), color);
            break;
        case ChartShape::Kind::Line:
        case ChartShape::Kind::Polyline: {
            QPen pen(color, shape.lineWidth);
            pen.setStyle(shape.dashed ? Qt::DashLine : Qt::SolidLine);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            QPolygonF line;
            for (std::size_t i = 0; i + 1 < p.size(); i += 2) {
                line << QPointF(p[i], p[i + 1]);
            }
            painter.drawPolyline(line);
            break;
        }
        case ChartShape::Kind::Text: {
            QFont font(QStringLiteral("DejaVu Sans"));
            // A QImage has 96 dots per inch: this point size makes the font `fontSize` chart units tall.
            font.setPointSizeF(shape.fontSize * 72.0 / 96.0);
            font.setBold(shape.bold);
            painter.setFont(font);
            painter.setPen(color);
            const QString text = QString::fromStdString(shape.text);
            const double width = QFontMetricsF(font, &image).horizontalAdvance(text); // before the scale
            double x = p[0];
            if (shape.anchor == ChartShape::Anchor::Middle) {
                x -= width / 2;
            } else if (shape.anchor == ChartShape::Anchor::End) {
                x -= width;
            }
            painter.drawText(QPointF(x, p[1]), text);
            break;
        }
        }
    }
    return image;
}

} // namespace rapport::reports
