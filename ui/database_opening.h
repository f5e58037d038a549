#pragma once

#include "storage/repository.h"

#include <QString>

#include <memory>
#include <string>

class QWidget;

namespace rapport::ui {

/**
 * Opens a database off the window's thread, so that a slow open never freezes the window: upgrading a large file
 * of an older Rapport first copies it beside itself (a 3.5 GB file takes several seconds) and a team database may
 * answer slowly. When the open takes longer than `showAfterMs` a dialog says what is happening, with the backup's
 * progress and a Cancel that stops it while the copy is made (the file is then left as it was). The window's
 * own events keep running meanwhile; the dialog is modal, so the user cannot start anything else.
 * Throws what storage::openRepository throws, on the calling thread. Repository::upgradeBackup says whether the
 * file was upgraded. An `options.upgradeProgress` of the caller's is told each step too, on the opening thread.
 */
std::unique_ptr<storage::Repository> openWithProgress(QWidget* parent, const std::string& location,
                                                      storage::OpenOptions options, const QString& shownName,
                                                      int showAfterMs = 400);

} // namespace rapport::ui
