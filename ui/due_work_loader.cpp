#include "due_work_loader.h"

#include "app/due_work.h"
#include "attention_list.h"
#include "background.h"
#include "formatting.h"
#include "winback_list.h"

#include <QDate>

namespace rapport::ui {

namespace {

/** What the worker hands back: both lists, and the catalogue the win-back reasons are named from. */
struct Loaded {
    app::DueWork work;
    std::vector<core::ChurnReason> catalogue;
};

} // namespace

DueWorkLoader::DueWorkLoader(AttentionList* attention, WinBackList* winBack, QObject* parent)
    : QObject(parent)
    , m_attention(attention)
    , m_winBack(winBack) {
}

void DueWorkLoader::waitForAnalysis() {
    m_latest->store(++m_generation);
    m_attention->showLoading();
    m_winBack->showLoading();
}

void DueWorkLoader::reload(const QString& path, int rows) {
    const int generation = ++m_generation;
    m_latest->store(generation);
    if (path.isEmpty()) {
        m_attention->showAlerts({}, 0);
        m_winBack->showList({}, {});
        return;
    }
    m_attention->showLoading();
    m_winBack->showLoading();
    const auto today = fromQDate(QDate::currentDate());
    runOnWorker(
        this, path,
        [today, rows, generation, latest = m_latest](storage::Repository& repository) {
            return Loaded{app::dueWork(repository, analytics::AttentionRules{}, analytics::WinBackRules{}, today, {},
                                       rows, [&] { return latest->load() == generation; }),
                          repository.churnReasons()};
        },
        [this, generation](const WorkResult<Loaded>& result) {
            if (generation != m_generation) {
                return; // a newer load is on its way
            }
            if (!result.value) {
                m_attention->showAlerts({}, 0, result.error);
                m_winBack->showList({}, {}, result.error);
                return;
            }
            m_attention->showAlerts(result.value->work.attention.alerts, result.value->work.attention.total);
            m_winBack->showList(result.value->work.winBack, result.value->catalogue);
        });
}

} // namespace rapport::ui
