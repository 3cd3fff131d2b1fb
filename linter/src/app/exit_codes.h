#pragma once

namespace gklint {

// 0: no errors (and warnings within --max-warnings); 1: findings; 2: usage, config or I/O failure.
enum ExitCode : int { kExitClean = 0, kExitFindings = 1, kExitFailure = 2 };

}  // namespace gklint
