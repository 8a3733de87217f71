<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="27" />
        <source>Short video clips with the Seedance 2.0 models over the Evolink API. Your clips stay on your own disk.</source>
        <translation>通过 Evolink API 使用 Seedance 2.0 模型制作短视频片段。片段保存在你自己的磁盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="36" />
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="37" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="45" />
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="52" />
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="53" />
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="54" />
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="56" />
        <location filename="../../app/ui/dialogs/about_dialog.py" line="57" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="61" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="62" />
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="25" />
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="26" />
        <source>Credits: —</source>
        <translation>积分：—</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="27" />
        <source>Click to refresh the balance</source>
        <translation>点击刷新余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="37" />
        <source>Credits: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="38" />
        <source>Credits: unknown</source>
        <translation>积分：未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="43" />
        <source> · this key: %1</source>
        <translation> · 此密钥：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="46" />
        <source>Account: %1 credits left, %2 used</source>
        <translation>账户：剩余 %1 积分，已用 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="50" />
        <source>This key has no limit of its own</source>
        <translation>此密钥没有单独的额度限制</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="52" />
        <source>This key: %1 credits left of its own limit</source>
        <translation>此密钥：自身额度剩余 %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="54" />
        <source>Click to refresh</source>
        <translation>点击刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="60" />
        <source>Credits: …</source>
        <translation>积分：…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="64" />
        <source>Credits: unavailable</source>
        <translation>积分：无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="65" />
        <source>The balance could not be read: %1
Click to try again</source>
        <translation>无法读取余额：%1
点击重试</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="24" />
        <location filename="../../app/ui/status/demo_badge.py" line="33" />
        <source>Demo — simulated clips</source>
        <translation>演示 — 模拟片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="25" />
        <source>&amp;Leave demo</source>
        <translation>退出演示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="31" />
        <source>Clips come from the built-in simulator on this computer: placeholders, no credits spent.</source>
        <translation>片段来自本机内置的模拟器：仅为占位内容，不消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="34" />
        <source>Leave demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="35" />
        <source>Enter an API key and make real clips</source>
        <translation>输入 API 密钥，制作真实片段</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="50" />
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="51" />
        <location filename="../../app/ui/dialogs/key_dialog.py" line="168" />
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="52" />
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="53" />
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="57" />
        <source>&amp;Keep for this session only (forgotten when the app quits)</source>
        <translation>仅在本次会话中保留(&amp;K)（退出应用后即忘记）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="59" />
        <source>&amp;Remove stored key</source>
        <translation>删除已保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="74" />
        <source>Evolink API key</source>
        <translation>Evolink API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="78" />
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="84" />
        <location filename="../../app/ui/dialogs/key_dialog.py" line="169" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="85" />
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="86" />
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="87" />
        <source>Remove stored key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="90" />
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="93" />
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="97" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="98" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="100" />
        <location filename="../../app/ui/dialogs/key_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="103" />
        <source>Find your key in the Evolink dashboard. It is kept in your operating system's keychain, never in a file.</source>
        <translation>在 Evolink 控制台中找到你的密钥。密钥保存在操作系统的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="133" />
        <source>The API refused the current key: %1 Enter a valid key to continue; waiting tasks resume after that.</source>
        <translation>API 拒绝了当前密钥：%1 请输入有效的密钥以继续；之后等待中的任务会自动恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="141" />
        <source>EVOLINK_API_KEY is set in the environment: it overrides the key saved here for as long as it is set.</source>
        <translation>环境变量 EVOLINK_API_KEY 已设置：只要它存在，就会覆盖此处保存的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="151" />
        <source>Saved key: %1 (in %2)</source>
        <translation>已保存的密钥：%1（位于 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="155" />
        <source>No key is saved in the keychain.</source>
        <translation>钥匙串中没有保存密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="160" />
        <source>The key cannot be saved in a keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="168" />
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="169" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="177" />
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="186" />
        <source>Enter or paste a key first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="190" />
        <source>The key contains spaces; paste it again without spaces.</source>
        <translation>密钥中含有空格；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="199" />
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="215" />
        <source>✓ Valid: the API accepted this key.</source>
        <translation>✓ 有效：API 接受了此密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="216" />
        <source>✓ Valid: %1 credits left on the account.</source>
        <translation>✓ 有效：账户剩余 %1 积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="219" />
        <source>✗ Invalid: the API refused this key (%1).</source>
        <translation>✗ 无效：API 拒绝了此密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="222" />
        <source>No network: the API could not be reached, so the key was not tested (%1).</source>
        <translation>无网络：无法连接 API，因此未能测试密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="224" />
        <source>Not tested: %1</source>
        <translation>未测试：%1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/services/settings.py" line="130" />
        <source>Address of the Evolink API. Change it only for a proxy or the simulator.</source>
        <translation>Evolink API 的地址。仅在使用代理或模拟器时修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="133" />
        <source>Folder where finished clips are saved (empty: your Videos folder).</source>
        <translation>保存完成片段的文件夹（留空：你的“视频”文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="136" />
        <source>How saved clips are named; placeholders in braces.</source>
        <translation>保存片段的命名方式；占位符写在花括号中。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="139" />
        <source>How many unfinished tasks are checked on the server at the same time.</source>
        <translation>同时向服务器查询多少个未完成的任务。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="142" />
        <source>Tell me when a clip is ready or a task fails.</source>
        <translation>片段完成或任务失败时通知我。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="144" />
        <source>Light or dark look; “system” follows the desktop.</source>
        <translation>浅色或深色外观；“跟随系统”与桌面保持一致。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="146" />
        <source>Language of the interface; takes effect after a restart.</source>
        <translation>界面语言；重启后生效。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="149" />
        <source>Model the composer starts with.</source>
        <translation>编辑器默认使用的模型。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="151" />
        <source>Clip length, in seconds, the composer starts with.</source>
        <translation>编辑器默认的片段时长（秒）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="154" />
        <source>Resolution the composer starts with.</source>
        <translation>编辑器默认的分辨率。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="157" />
        <source>Aspect ratio the composer starts with.</source>
        <translation>编辑器默认的画面比例。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="160" />
        <source>Generate a sound track by default (free of charge).</source>
        <translation>默认生成音轨（免费）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="51" />
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="54" />
        <source>Change &amp;key…</source>
        <translation>更换密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="70" />
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="72" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="70" />
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="71" />
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="76" />
        <source>adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="79" />
        <source>&amp;Notify me when a clip is ready or a task fails</source>
        <translation>片段完成或任务失败时通知我(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="80" />
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="97" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="107" />
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="107" />
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="108" />
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109" />
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="110" />
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="114" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="117" />
        <source>&amp;Clips folder:</source>
        <translation>片段文件夹(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="118" />
        <source>&amp;File names:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="119" />
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="120" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="121" />
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="122" />
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="123" />
        <source>&amp;Quality:</source>
        <translation>画质(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="124" />
        <source>&amp;Aspect ratio:</source>
        <translation>画面比例(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="125" />
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="126" />
        <source>&amp;Parallel status checks:</source>
        <translation>并行状态查询数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="129" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="130" />
        <source>Change key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="132" />
        <source>File name example</source>
        <translation>文件名示例</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="167" />
        <source>A new language takes effect after a restart.</source>
        <translation>更换语言后需重启才能生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="179" />
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="181" />
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="182" />
        <source>New clips</source>
        <translation>新片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="183" />
        <source>Account &amp;&amp; advanced</source>
        <translation>账户与高级</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="184" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="185" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="227" />
        <source>No key set (the demo runs on the simulator).</source>
        <translation>未设置密钥（演示模式在模拟器上运行）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="229" />
        <source>%1 from EVOLINK_API_KEY, which overrides the keychain</source>
        <translation>%1 来自 EVOLINK_API_KEY，它覆盖钥匙串中的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="231" />
        <source>%1 for this session only</source>
        <translation>%1 仅用于本次会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="233" />
        <source>%1 in %2</source>
        <translation>%1 位于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="240" />
        <source>Clips folder</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="252" />
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="32" />
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="34" />
        <source>Write a prompt, pick a Seedance 2.0 model and get a short video clip, saved on your own disk. Real clips need an Evolink API key and cost credits.</source>
        <translation>写下提示词，选择一个 Seedance 2.0 模型，即可得到一段短视频，保存在你自己的磁盘上。制作真实片段需要 Evolink API 密钥，并会消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="37" />
        <source>The demo runs a simulator on this computer: everything works, nothing is spent, and every clip is a placeholder marked “SIMULATED”. You can enter a key at any time.</source>
        <translation>演示模式在本机运行一个模拟器：所有功能都可使用，不花费任何积分，每个片段都是标有“SIMULATED”的占位内容。你可以随时输入密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="40" />
        <source>&amp;Enter API key…</source>
        <translation>输入 API 密钥(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="41" />
        <source>Try the &amp;demo (no credits)</source>
        <translation>试用演示(&amp;D)（不消耗积分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="47" />
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="56" />
        <source>Enter API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="57" />
        <source>Try the demo (no credits)</source>
        <translation>试用演示（不消耗积分）</translation>
    </message>
</context>
</TS>