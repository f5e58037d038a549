#include "platform/logging.h"

#include "platform/paths.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace rapport::platform {

void setupLogging(const LoggingOptions& options) {
    std::vector<spdlog::sink_ptr> sinks;
    std::string fileProblem;
    try {
        std::filesystem::create_directories(logDirectory());
        const auto file = (logDirectory() / (options.programName + ".log")).string();
        auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 5 * 1024 * 1024, 5);
        fileSink->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
        sinks.push_back(fileSink);
    } catch (const std::exception& error) {
        fileProblem = error.what();
    }
    if (options.toStderr || !fileProblem.empty()) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        stderrSink->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        stderrSink->set_pattern("%^%l%$: %v");
        sinks.push_back(stderrSink);
    }
    auto logger = std::make_shared<spdlog::logger>(options.programName, sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (!fileProblem.empty()) {
        spdlog::warn("cannot write the log file ({}); logging to stderr only", fileProblem);
    }
}

} // namespace rapport::platform
