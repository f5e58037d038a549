#include "dialogs/contact_points_text.h"

#include "formatting.h"

#include <QLocale>
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

std::optional<core::Money> parseTypedAmount(const QString& text) {
    QString t = text.trimmed();
    t.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F)); // digit groups
    if (t.isEmpty()) {
        return core::Money{};
    }
    bool ok = false;
    const double value = QLocale().toDouble(t, &ok);
    if (ok) {
        return core::Money::parseDecimal(QString::number(value, 'f', 2).toStdString());
    }
    return core::Money::parseDecimal(t.replace(QLatin1Char(','), QLatin1Char('.')).toStdString());
}

} // namespace rapport::ui
