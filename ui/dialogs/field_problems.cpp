#include "dialogs/field_problems.h"

#include "formatting.h"

#include <QRegularExpression>
#include <QStringList>

namespace rapport::ui {

QString fieldProblems(const std::vector<core::FieldError>& errors, const QHash<QString, QString>& labels) {
    static const QRegularExpression indexed(QStringLiteral("^([a-z_]+)\\[(\\d+)\\](.*)$"));
    QStringList lines;
    for (const auto& error : errors) {
        const QString field = fromUtf8(error.field);
        QString label = labels.value(field);
        if (label.isEmpty()) {
            if (const auto match = indexed.match(field); match.hasMatch() && labels.contains(match.captured(1))) {
                label = QStringLiteral("%1 %2").arg(labels.value(match.captured(1))).arg(match.captured(2).toInt() + 1);
            } else {
                label = humanize(error.field);
            }
        }
        lines << QStringLiteral("%1: %2").arg(label, fromUtf8(error.message));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport::ui
