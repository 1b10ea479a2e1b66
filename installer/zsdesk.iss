; Inno Setup 6 script: per-user installer for the one-folder bundle in dist\zsdesk.
;
;   uv run --frozen pyinstaller build_installer.spec --noconfirm
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\zsdesk.iss
;
; Installs into %LOCALAPPDATA%\Programs\zsdesk without administrator rights, adds a Start-menu
; shortcut, and registers an uninstaller that removes the program but keeps the user's data
; (%LOCALAPPDATA%\zsdesk: local cache, logs, settings, training sandbox) unless the user says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "中山市存量房网签备案"
#define AppExe "zsdesk.exe"
; platformdirs' per-user folder on Windows (zsdesk\paths.py: %LOCALAPPDATA%\zsdesk\zsdesk\...).
; tests/installer/test_windows_paths.py checks that every file the app writes is under it.
#define UserDataDir "{localappdata}\zsdesk"

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{64D4CE1F-8DED-46E8-9077-04405E55AF95}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=zsdesk
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\zsdesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=zsdesk-setup-{#AppVersion}
SetupIconFile=..\build\build_installer\zsdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running zsdesk holds its files open: ask Windows' Restart Manager to close it first.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup's Simplified Chinese messages come from its translations page; when present, the
; wizard follows the Windows display language.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "在桌面创建快捷方式"; GroupDescription: "快捷方式："; Flags: unchecked

[Files]
Source: "..\dist\zsdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale: stale ones from an older version must go.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\环境检查（zsdesk doctor）"; Filename: "{cmd}"; Parameters: "/k ""{app}\zsdesk-console.exe"" doctor"; WorkingDir: "{app}"
Name: "{group}\卸载 {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "启动 {#AppName}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
// The user's data outlives the program unless they ask: a silent uninstall (IT rollout,
// upgrade scripts) never deletes it, and the question's default answer is No.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{#UserDataDir}');
  if UninstallSilent or not DirExists(DataDir) then
    exit;
  if MsgBox('是否同时删除本机保存的 zsdesk 数据？' + #13#10 + #13#10 +
            DataDir + #13#10 + #13#10 +
            '其中包括本地缓存（尚未上传的待发送操作）、日志、连接设置和练习环境数据。' +
            '已提交到登记中心的合同不受影响。选择“否”将保留这些数据，重新安装后可继续使用。',
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(ExpandConstant('{#UserDataDir}'), True, True, True) then
      MsgBox('部分文件未能删除，请手动删除：' + #13#10 + DataDir, mbError, MB_OK);
  end;
end;
