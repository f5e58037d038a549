#include "service_level_text.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport::ui {

namespace {

struct ServiceLevelText {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ServiceLevelText)
};

template <typename Enum, typename Name> QString names(std::uint32_t bits, Name name) {
    QStringList list;
    for (const auto& [value, code] : core::EnumNames<Enum>::values) {
        if ((bits & (1U << static_cast<int>(value))) != 0) {
            list << name(value);
        }
    }
    return list.join(QStringLiteral(", "));
}

} // namespace

QString serviceLevelRuleText(const core::ServiceLevelRule& rule) {
    QStringList parts;
    if (rule.abcClasses != 0) {
        QStringList classes;
        for (int i = 0; i < 3; ++i) {
            if ((rule.abcClasses & (1U << i)) != 0) {
                classes << QString(QChar(u'A' + i));
            }
        }
        parts << ServiceLevelText::tr("class %1").arg(classes.join(QStringLiteral(", ")));
    }
    if (rule.fourGroups != 0) {
        QStringList groups;
        for (int g = 1; g <= 4; ++g) {
            if ((rule.fourGroups & (1U << (g - 1))) != 0) {
                groups << QString::number(g);
            }
        }
        parts << ServiceLevelText::tr("group %1").arg(groups.join(QStringLiteral(", ")));
    }
    if (rule.stages != 0) {
        parts << ServiceLevelText::tr("stage %1").arg(names<core::LadderStage>(rule.stages, ladderStageName));
    }
    if (rule.churnStatuses != 0) {
        parts << ServiceLevelText::tr("churn %1").arg(names<core::ChurnStatus>(rule.churnStatuses, churnStatusName));
    }
    if (rule.minValuePercentile > 0) {
        parts << ServiceLevelText::tr("predicted value from percentile %1").arg(rule.minValuePercentile);
    }
    return parts.isEmpty() ? ServiceLevelText::tr("every customer") : parts.join(QStringLiteral(" · "));
}

} // namespace rapport::ui
