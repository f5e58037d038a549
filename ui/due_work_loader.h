#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rapport::ui {

class AttentionList;
class WinBackList;

/**
 * Loads the dashboard's two lists of what is due, needs attention and win-back, on a worker from one read of the base
 * (app::dueWork): each reads every episode, 13 M at a million customers, and two loads used to keep both workers
 * busy after every change. A newer load wins over an older one, which is told to stop reading. One read, one
 * outcome: when it fails (the file gone, the server down), both lists say why.
 */
class DueWorkLoader final : public QObject {
    Q_OBJECT

public:
    DueWorkLoader(AttentionList* attention, WinBackList* winBack, QObject* parent = nullptr);

    /** Reads both lists from the database at `path` and shows the first `rows` of each; an empty path clears them. */
    void reload(const QString& path, int rows);
    /**
     * Shows both as loading without reading the base: an analysis is running, and its end reloads them from the
     * scores it stores. A load still running is told to stop.
     */
    void waitForAnalysis();

private:
    AttentionList* m_attention;
    WinBackList* m_winBack;
    int m_generation = 0;
    /** The newest generation, for the worker: a load that is no longer the newest stops reading the base. */
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
};

} // namespace rapport::ui
