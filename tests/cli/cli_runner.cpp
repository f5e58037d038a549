#include "cli/cli_runner.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace rapport::test {

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

RunResult run(const TempDir& dir, const std::string& program, const std::vector<std::string>& arguments,
              const std::vector<std::pair<std::string, std::string>>& environment) {
    std::string command = "XDG_DATA_HOME=" + shellQuote(dir.file("xdg"));
    for (const auto& [name, value] : environment) {
        command += " " + name + "=" + shellQuote(value);
    }
    command += " " + shellQuote(program);
    for (const auto& argument : arguments) {
        command += " " + shellQuote(argument);
    }
    const auto errFile = dir.file("stderr.txt");
    command += " 2>" + shellQuote(errFile);
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buffer{};
    while (const auto n = fread(buffer.data(), 1, buffer.size(), pipe)) {
        result.out.append(buffer.data(), n);
    }
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.err = readBytes(errFile);
    return result;
}

} // namespace rapport::test
