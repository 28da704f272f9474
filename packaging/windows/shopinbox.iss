; Inno Setup 6: a per-user installer for the one-folder bundle in dist\shopinbox.
;   iscc /DAppVersion=0.1.0 packaging\windows\shopinbox.iss      (build_installer.ps1 does this)
; Installs into %LOCALAPPDATA%\Programs\shopinbox without administrator rights, adds a Start-menu
; shortcut and an uninstaller, and registers no file or URL associations. The shop's data
; (%LOCALAPPDATA%\shopinbox) is never touched by the installer or the uninstaller.

#ifndef AppVersion
  #error Pass the version from shopinbox/__init__.py: iscc /DAppVersion=X.Y.Z shopinbox.iss
#endif
#define AppName "shopinbox"
#define AppExe "shopinbox.exe"
#define Bundle "..\..\dist\shopinbox"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0B3C2E-8A7D-4C59-9E3B-2D1F5A7C9B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=shopinbox
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=no
ChangesEnvironment=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=shopinbox-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\shopinbox\resources\icons\shopinbox.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "pl"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so no library of an older version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
