#pragma once

#include <QRegularExpression>
#include <QString>

namespace rapport::test {

/**
 * A text as an English reader sees it: "1 line", "7 lines". The English plural forms come from
 * resources/translations/rapport_en.ts; a text with "%n" that is not there yet shows its source's "(s)" ("7 line(s)"),
 * which this reads the English way, so a test states what English says either way.
 */
inline QString asEnglish(QString text) {
    static const QRegularExpression one(QStringLiteral("\\b1 (\\w+)\\(s\\)"));
    text.replace(one, QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

} // namespace rapport::test
