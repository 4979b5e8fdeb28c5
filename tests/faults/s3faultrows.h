// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The S3 rows of the fault matrix (tests/faults/MATRIX.md): which operation, which fault script
// (sandbox/FAULTS.md), which outcome. tst_faultmatrix_s3 runs them.
enum S3Op
{
    GetSingle,
    GetRanged,
    Put,
    UploadPart,
    Complete,
    List,
    Website,
};

// Adds the columns op, script, expect, how and maxMatched, and one row per cell.
void addS3FaultRows();
