#include "dialogs/contact_points_text.h"

#include "formatting.h"

#include <QStringList>

namespace rapport::ui {

QString joinContactValues(const std::vector<core::ContactPoint>& points) {
    QStringList values;
    for (const auto& p : points) {
        values << fromUtf8(p.value);
    }
    return values.join(QStringLiteral(", "));
}

std::vector<core::ContactPoint> splitContactValues(const QString& text, const std::vector<core::ContactPoint>& old) {
    std::vector<core::ContactPoint> points;
    for (const auto& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        core::ContactPoint point{part.trimmed().toStdString(), {}};
        if (point.value.empty()) {
            continue;
        }
        for (const auto& o : old) {
            if (o.value == point.value) {
                point.label = o.label;
            }
        }
        points.push_back(std::move(point));
    }
    return points;
}

} // namespace rapport::ui
