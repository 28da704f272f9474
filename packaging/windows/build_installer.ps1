# Build the Windows installer: PyInstaller bundle -> smoke test -> Inno Setup -> silent install
# into a temp folder -> smoke test of the installed app -> uninstall.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_installer.ps1
# Needs Python 3.11+ (PYTHON env var or `python` on PATH) and Inno Setup 6 (iscc).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
function Run([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $arguments failed with exit code $LASTEXITCODE" }
}

Run $python @("-m", "pip", "install", "-q", "-e", ".[packaging,postgres]")
$version = & $python -c "import sys, pathlib; sys.path.insert(0, 'packaging'); import bundle_rules; print(bundle_rules.read_version(pathlib.Path('.')))"
Run $python @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", "dist",
              "--workpath", "build\pyinstaller", "packaging\shopinbox.spec")

function Invoke-Smoke([string]$folder, [string]$label) {
    # The console twin prints the JSON; the GUI exe (no console) writes it to a file.
    Run (Join-Path $folder "shopinbox-cli.exe") @("--smoke")
    $tempRoot = if ($env:RUNNER_TEMP) { $env:RUNNER_TEMP } else { $env:TEMP }
    $report = Join-Path $tempRoot "smoke-$label.json"
    $process = Start-Process -FilePath (Join-Path $folder "shopinbox.exe") `
        -ArgumentList @("--smoke", "--smoke-report", "`"$report`"") -Wait -PassThru
    Get-Content $report
    if ($process.ExitCode -ne 0) { throw "smoke test of $folder\shopinbox.exe failed" }
}
Invoke-Smoke "dist\shopinbox" "bundle"

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) {
    Run "choco" @("install", "innosetup", "-y", "--no-progress")
    $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
}
Run $iscc @("/Qp", "/DAppVersion=$version", "packaging\windows\shopinbox.iss")
$setup = "dist\shopinbox-$version-windows-x64-setup.exe"

# Install silently where the test can find it, smoke-test the installed copy, uninstall.
$target = Join-Path $env:TEMP "shopinbox-install-test"
$install = Start-Process -FilePath $setup -Wait -PassThru -ArgumentList @(
    "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", "/DIR=`"$target`"")
if ($install.ExitCode -ne 0) { throw "installer failed with exit code $($install.ExitCode)" }
Invoke-Smoke $target "installed"
$uninstall = Start-Process -FilePath (Join-Path $target "unins000.exe") -Wait -PassThru `
    -ArgumentList @("/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
if ($uninstall.ExitCode -ne 0) { throw "uninstaller failed with exit code $($uninstall.ExitCode)" }
# The uninstaller finishes from a copy of itself in %TEMP%: wait for the files to go.
$deadline = (Get-Date).AddSeconds(120)
while ((Test-Path (Join-Path $target "shopinbox.exe")) -and ((Get-Date) -lt $deadline)) {
    Start-Sleep -Milliseconds 500
}
if (Test-Path (Join-Path $target "shopinbox.exe")) { throw "uninstaller left shopinbox.exe behind" }
Write-Output "Windows installer: $setup ($([math]::Round((Get-Item $setup).Length / 1MB, 1)) MB)"
