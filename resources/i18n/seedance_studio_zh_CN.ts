<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="27"/>
        <source>Short video clips with the Seedance 2.0 models over the Evolink API. Your clips stay on your own disk.</source>
        <translation>通过 Evolink API 使用 Seedance 2.0 模型制作短视频片段。片段保存在你自己的磁盘上。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="36"/>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="37"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="45"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="52"/>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="53"/>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="54"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="56"/>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="57"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="61"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="62"/>
        <source>Log folder:</source>
        <translation>日志文件夹：</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="31"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="32"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="33"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="35"/>
        <source>Open &amp;clips folder</source>
        <translation>打开片段文件夹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37"/>
        <source>Show the folder where finished clips are saved</source>
        <translation>显示保存已完成片段的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <source>Clips folder, file names, language, theme and more</source>
        <translation>片段文件夹、文件名、语言、主题等</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>Quit; unfinished tasks are picked up at the next start</source>
        <translation>退出；未完成的任务会在下次启动时继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="45"/>
        <source>&amp;API key…</source>
        <translation>API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="46"/>
        <source>Enter, test or remove the API key</source>
        <translation>输入、测试或删除 API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47"/>
        <source>&amp;Refresh balance</source>
        <translation>刷新余额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48"/>
        <source>Ask the server for the remaining credits</source>
        <translation>向服务器查询剩余积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="50"/>
        <source>The log files, with keys masked, for support</source>
        <translation>日志文件（密钥已遮蔽），供技术支持使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51"/>
        <source>&amp;About Seedance Studio</source>
        <translation>关于 Seedance Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="52"/>
        <source>Versions and credits</source>
        <translation>版本与致谢</translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="31"/>
        <source>Model param&amp;eters</source>
        <translation>模型参数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="34"/>
        <source>&amp;Callback URL</source>
        <translation>回调 URL(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="42"/>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="43"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="49"/>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="51"/>
        <source>{&quot;key&quot;: &quot;value&quot;}  — a JSON object, sent as model_params</source>
        <translation>{&quot;key&quot;: &quot;value&quot;}  — 一个 JSON 对象，作为 model_params 发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="56"/>
        <source>Callback URL</source>
        <translation>回调 URL</translation>
    </message>
</context>
<context>
    <name>BalanceLabel</name>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="25"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="26"/>
        <source>Credits: —</source>
        <translation>积分：—</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="27"/>
        <source>Click to refresh the balance</source>
        <translation>点击刷新余额</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="37"/>
        <source>Credits: %1</source>
        <translation>积分：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="38"/>
        <source>Credits: unknown</source>
        <translation>积分：未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="43"/>
        <source> · this key: %1</source>
        <translation> · 此密钥：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="46"/>
        <source>Account: %1 credits left, %2 used</source>
        <translation>账户：剩余 %1 积分，已用 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="50"/>
        <source>This key has no limit of its own</source>
        <translation>此密钥没有单独的额度限制</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="52"/>
        <source>This key: %1 credits left of its own limit</source>
        <translation>此密钥：自身额度剩余 %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="54"/>
        <source>Click to refresh</source>
        <translation>点击刷新</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="60"/>
        <source>Credits: …</source>
        <translation>积分：…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="64"/>
        <source>Credits: unavailable</source>
        <translation>积分：无法读取</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/balance_label.py" line="65"/>
        <source>The balance could not be read: %1
Click to try again</source>
        <translation>无法读取余额：%1
点击重试</translation>
    </message>
</context>
<context>
    <name>ClipDetails</name>
    <message>
        <location filename="../../app/ui/player/details.py" line="19"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="23"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="23"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="24"/>
        <source>Aspect</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="24"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="25"/>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="38"/>
        <source>Clip note</source>
        <translation>片段备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="61"/>
        <source>No record of how this clip was made: there is no sidecar file beside it.</source>
        <translation>没有这个片段的生成记录：它旁边没有附属的 JSON 文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="76"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="79"/>
        <location filename="../../app/ui/composer/panel.py" line="109"/>
        <location filename="../../app/ui/composer/panel.py" line="190"/>
        <location filename="../../app/ui/composer/panel.py" line="196"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="115"/>
        <source>Estimated cost</source>
        <translation>预估费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="117"/>
        <source>Why Generate is disabled</source>
        <translation>无法生成的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="119"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="190"/>
        <location filename="../../app/ui/composer/panel.py" line="308"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="254"/>
        <source>Model parameters kept but not sent: %1</source>
        <translation>模型参数已保留但不会发送：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="291"/>
        <source>%1 s × %2 credits/s</source>
        <translation>%1 秒 × %2 积分/秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="296"/>
        <source>Published Evolink prices; the server&apos;s reserved credits are the final figure</source>
        <translation>Evolink 公布的价格；以服务器预扣的积分为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="310"/>
        <source>(+%1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="314"/>
        <source>Ready · Ctrl+Enter</source>
        <translation>就绪 · Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="318"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="24"/>
        <location filename="../../app/ui/status/demo_badge.py" line="33"/>
        <source>Demo — simulated clips</source>
        <translation>演示 — 模拟片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="25"/>
        <source>&amp;Leave demo</source>
        <translation>退出演示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="31"/>
        <source>Clips come from the built-in simulator on this computer: placeholders, no credits spent.</source>
        <translation>片段来自本机内置的模拟器：仅为占位内容，不消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="34"/>
        <source>Leave demo</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../app/ui/status/demo_badge.py" line="35"/>
        <source>Enter an API key and make real clips</source>
        <translation>输入 API 密钥，制作真实片段</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="50"/>
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="51"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="168"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="52"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="53"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="57"/>
        <source>&amp;Keep for this session only (forgotten when the app quits)</source>
        <translation>仅在本次会话中保留(&amp;K)（退出应用后即忘记）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="59"/>
        <source>&amp;Remove stored key</source>
        <translation>删除已保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="74"/>
        <source>Evolink API key</source>
        <translation>Evolink API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="78"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="84"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="169"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="85"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="86"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="87"/>
        <source>Remove stored key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="90"/>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="93"/>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="98"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="100"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="103"/>
        <source>Find your key in the Evolink dashboard. It is kept in your operating system&apos;s keychain, never in a file.</source>
        <translation>在 Evolink 控制台中找到你的密钥。密钥保存在操作系统的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="133"/>
        <source>The API refused the current key: %1 Enter a valid key to continue; waiting tasks resume after that.</source>
        <translation>API 拒绝了当前密钥：%1 请输入有效的密钥以继续；之后等待中的任务会自动恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="141"/>
        <source>EVOLINK_API_KEY is set in the environment: it overrides the key saved here for as long as it is set.</source>
        <translation>环境变量 EVOLINK_API_KEY 已设置：只要它存在，就会覆盖此处保存的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="151"/>
        <source>Saved key: %1 (in %2)</source>
        <translation>已保存的密钥：%1（位于 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="155"/>
        <source>No key is saved in the keychain.</source>
        <translation>钥匙串中没有保存密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="160"/>
        <source>The key cannot be saved in a keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="168"/>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="169"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="177"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="186"/>
        <source>Enter or paste a key first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="190"/>
        <source>The key contains spaces; paste it again without spaces.</source>
        <translation>密钥中含有空格；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="199"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="215"/>
        <source>✓ Valid: the API accepted this key.</source>
        <translation>✓ 有效：API 接受了此密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="216"/>
        <source>✓ Valid: %1 credits left on the account.</source>
        <translation>✓ 有效：账户剩余 %1 积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="219"/>
        <source>✗ Invalid: the API refused this key (%1).</source>
        <translation>✗ 无效：API 拒绝了此密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="222"/>
        <source>No network: the API could not be reached, so the key was not tested (%1).</source>
        <translation>无网络：无法连接 API，因此未能测试密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="224"/>
        <source>Not tested: %1</source>
        <translation>未测试：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="25"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="26"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="27"/>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="31"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="32"/>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Ready to download</source>
        <translation>待下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="45"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="46"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Adaptive · from the prompt</source>
        <translation>自适应 · 依据提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="51"/>
        <source>Adaptive · from the first frame</source>
        <translation>自适应 · 依据首帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="52"/>
        <source>Adaptive · from the media</source>
        <translation>自适应 · 依据素材</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="57"/>
        <source>plus the seconds of input video</source>
        <translation>另加输入视频的秒数</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="58"/>
        <source>+10% with the content filter off</source>
        <translation>关闭内容过滤 +10%</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="59"/>
        <source>Mini prices are not published</source>
        <translation>迷你档价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="60"/>
        <source>1080p prices are not published</source>
        <translation>1080p 价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96"/>
        <source>price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="97"/>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../app/ui/library/model.py" line="143"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../app/ui/library/panel.py" line="46"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="77"/>
        <source>Words from the prompt</source>
        <translation>提示词中的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="79"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="81"/>
        <source>All modes</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="83"/>
        <source>All qualities</source>
        <translation>全部画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="85"/>
        <source>All aspect ratios</source>
        <translation>全部画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="86"/>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="88"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="89"/>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="90"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="91"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="92"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="93"/>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="94"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="97"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="98"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="103"/>
        <source>Clip count</source>
        <translation>片段数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="104"/>
        <source>Saved clips</source>
        <translation>已保存的片段</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/panel.py" line="181"/>
        <source>%n clip(s)</source>
        <translation>
            <numerusform>%n 个片段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="33"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="34"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>Library</source>
        <translation>片段库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>%1 — Demo</source>
        <translation>%1 — 演示</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="44"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="45"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="55"/>
        <source>Best quality, up to 1080p</source>
        <translation>画质最佳，最高 1080p</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="59"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="62"/>
        <source>&amp;Tier</source>
        <translation>档位(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OutputPicker</name>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="82"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="87"/>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="88"/>
        <source>Content &amp;filter</source>
        <translation>内容过滤(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="89"/>
        <source>+10% cost</source>
        <translation>费用 +10%</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="100"/>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="104"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="105"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="106"/>
        <source>Whole seconds, %1–%2; billed per second</source>
        <translation>整数秒，%1–%2；按秒计费</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="110"/>
        <source>Duration slider</source>
        <translation>时长滑块</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="113"/>
        <source>Generate audio</source>
        <translation>生成音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="114"/>
        <source>Synchronised voice, effects and music, at no extra cost</source>
        <translation>同步生成人声、音效和音乐，不额外收费</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="116"/>
        <source>Content filter</source>
        <translation>内容过滤</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="117"/>
        <source>Off relaxes content restrictions and costs 10% more; illegal content is always refused</source>
        <translation>关闭后放宽内容限制，费用增加 10%；违法内容始终会被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="120"/>
        <source>Content filter cost</source>
        <translation>内容过滤费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="127"/>
        <source>&amp;Quality</source>
        <translation>画质(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="129"/>
        <source>A&amp;spect</source>
        <translation>比例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="131"/>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../app/ui/player/panel.py" line="95"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/panel.py" line="99"/>
        <source>Player message</source>
        <translation>播放器消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/panel.py" line="187"/>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="31"/>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="35"/>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="47"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="49"/>
        <source>Describe the clip: subject, action, setting, camera, light, mood…
描述画面：主体、动作、场景、镜头、光线、氛围……</source>
        <translation>描述画面：主体、动作、场景、镜头、光线、氛围……
Describe the clip: subject, action, setting, camera, light, mood…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="54"/>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="99"/>
        <source>Insert “%1” into the prompt at the cursor</source>
        <translation>在光标处插入“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="118"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="120"/>
        <source>%1 Chinese</source>
        <translation>%1 个汉字</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="122"/>
        <source>1 word</source>
        <translation>1 个单词</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="123"/>
        <source>%1 words</source>
        <translation>%1 个单词</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../app/ui/queue/model.py" line="64"/>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="100"/>
        <source>Offline — the video service cannot be reached. Retrying automatically; nothing is lost.</source>
        <translation>离线 — 无法连接视频服务。正在自动重试，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="108"/>
        <source>Copy task &amp;ID</source>
        <translation>复制任务 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="109"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="110"/>
        <location filename="../../app/ui/queue/panel.py" line="237"/>
        <source>&amp;Stop tracking…</source>
        <translation>停止跟踪(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="111"/>
        <source>&amp;Retry…</source>
        <translation>重试(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="112"/>
        <source>Fi&amp;nd it</source>
        <translation>查找(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="113"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="114"/>
        <source>Copy task ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="140"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="145"/>
        <source>Active tasks</source>
        <translation>进行中的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="147"/>
        <source>Finished tasks</source>
        <translation>已结束的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="166"/>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="168"/>
        <source>Queue message</source>
        <translation>队列消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="177"/>
        <source>Look for a submission whose answer was lost among the account&apos;s recent tasks. Nothing is sent again.</source>
        <translation>在账户最近的任务中查找未收到回复的提交。不会重新发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="220"/>
        <source>&amp;Active (%1)</source>
        <translation>进行中(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="222"/>
        <source>F&amp;inished (%1)</source>
        <translation>已结束(&amp;I)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="236"/>
        <source>Track &amp;again</source>
        <translation>重新跟踪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="243"/>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="247"/>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="267"/>
        <source>Copied task id %1</source>
        <translation>已复制任务 ID %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="285"/>
        <source>Tracking the task again.</source>
        <translation>已重新跟踪该任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="286"/>
        <source>Stop tracking this task?</source>
        <translation>停止跟踪此任务？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="287"/>
        <source>Stop tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="289"/>
        <source>Stopped tracking. The server goes on and charges for the clip.</source>
        <translation>已停止跟踪。服务器会继续生成该片段并扣除积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="297"/>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="299"/>
        <source>Submit “%1” again as a new task?</source>
        <translation>将“%1”作为新任务重新提交？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="301"/>
        <source>Cost: %1. This is a new, separately charged generation.</source>
        <translation>费用：%1。这是一次新的生成，单独计费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="304"/>
        <source>The first submission may exist on the server: try “Find it” first, or you may pay twice.</source>
        <translation>第一次提交可能已在服务器上生成：请先试试“查找”，否则可能重复付费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="306"/>
        <source>Retry as a new task?</source>
        <translation>作为新任务重试？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="307"/>
        <source>Submit (%1)</source>
        <translation>提交（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="316"/>
        <location filename="../../app/ui/queue/panel.py" line="319"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="321"/>
        <source>Submitted again as %1.</source>
        <translation>已重新提交为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="326"/>
        <source>Looking among the account&apos;s recent tasks…</source>
        <translation>正在账户最近的任务中查找…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="333"/>
        <source>Could not look: %1</source>
        <translation>无法查找：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="335"/>
        <source>Found it: %1; following it now.</source>
        <translation>已找到：%1；现在开始跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="337"/>
        <source>Not found among the recent tasks: it was probably never created.</source>
        <translation>最近的任务中没有找到：它可能从未被创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="350"/>
        <source>Removed from the list (the clip and its record stay on disk).</source>
        <translation>已从列表中移除（片段及其记录仍保留在磁盘上）。</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="23"/>
        <source>Evolink documents no way to cancel a task. If you stop tracking it, the server goes on generating the clip and charges for it; the studio just stops checking and will not download it. You can track it again later while its link is valid (24 hours).</source>
        <translation>Evolink 没有提供取消任务的方法。停止跟踪后，服务器仍会继续生成该片段并扣除积分；本应用只是不再查询，也不会下载它。在链接有效期内（24 小时）你可以重新跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="59"/>
        <location filename="../../app/ui/queue/presentation.py" line="73"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="62"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="65"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="79"/>
        <source>no credits spent</source>
        <translation>未消耗积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="81"/>
        <source>%1 credits used</source>
        <translation>已用 %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="84"/>
        <source>%1 credits reserved</source>
        <translation>已预扣 %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="106"/>
        <source>Not tracked</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="107"/>
        <source>The server may still finish and charge for it; the studio no longer checks.</source>
        <translation>服务器仍可能完成并扣除积分；本应用不再查询。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="111"/>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="119"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="121"/>
        <source>waiting for an estimate</source>
        <translation>正在等待预估时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="125"/>
        <source>Downloading %1 of %2</source>
        <translation>正在下载 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="130"/>
        <source>link expires in %1</source>
        <translation>链接将在 %1后过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="132"/>
        <source>the link has expired</source>
        <translation>链接已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="135"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="140"/>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="141"/>
        <source>%1. No credits were spent.</source>
        <translation>%1。未消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="145"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="146"/>
        <source>%1. Nothing was created or charged.</source>
        <translation>%1。未创建任务，也未扣费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="150"/>
        <source>The result link expired (24 h) before the clip was saved.</source>
        <translation>结果链接在片段保存前已过期（24 小时）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="155"/>
        <source>Sent %1 ago, but the answer was lost. “Find it” looks for it; it is never resent by itself.</source>
        <translation>%1前已发送，但回复丢失。“查找”可以找回它；它绝不会被自动重新发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="161"/>
        <source>Followed by another Seedance Studio window or command.</source>
        <translation>正由另一个 Seedance Studio 窗口或命令跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="165"/>
        <source>in %1</source>
        <translation>（%1后）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/services/settings.py" line="130"/>
        <source>Address of the Evolink API. Change it only for a proxy or the simulator.</source>
        <translation>Evolink API 的地址。仅在使用代理或模拟器时修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="133"/>
        <source>Folder where finished clips are saved (empty: your Videos folder).</source>
        <translation>保存完成片段的文件夹（留空：你的“视频”文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="136"/>
        <source>How saved clips are named; placeholders in braces.</source>
        <translation>保存片段的命名方式；占位符写在花括号中。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="139"/>
        <source>How many unfinished tasks are checked on the server at the same time.</source>
        <translation>同时向服务器查询多少个未完成的任务。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="142"/>
        <source>Tell me when a clip is ready or a task fails.</source>
        <translation>片段完成或任务失败时通知我。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="144"/>
        <source>Light or dark look; “system” follows the desktop.</source>
        <translation>浅色或深色外观；“跟随系统”与桌面保持一致。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="146"/>
        <source>Language of the interface; takes effect after a restart.</source>
        <translation>界面语言；重启后生效。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="149"/>
        <source>Model the composer starts with.</source>
        <translation>编辑器默认使用的模型。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="151"/>
        <source>Clip length, in seconds, the composer starts with.</source>
        <translation>编辑器默认的片段时长（秒）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="154"/>
        <source>Resolution the composer starts with.</source>
        <translation>编辑器默认的分辨率。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="157"/>
        <source>Aspect ratio the composer starts with.</source>
        <translation>编辑器默认的画面比例。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="160"/>
        <source>Generate a sound track by default (free of charge).</source>
        <translation>默认生成音轨（免费）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="51"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="54"/>
        <source>Change &amp;key…</source>
        <translation>更换密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="70"/>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="70"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="71"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="76"/>
        <source>adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="79"/>
        <source>&amp;Notify me when a clip is ready or a task fails</source>
        <translation>片段完成或任务失败时通知我(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="80"/>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="97"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="107"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="108"/>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="114"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="117"/>
        <source>&amp;Clips folder:</source>
        <translation>片段文件夹(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="118"/>
        <source>&amp;File names:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="119"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="121"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="122"/>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="123"/>
        <source>&amp;Quality:</source>
        <translation>画质(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="124"/>
        <source>&amp;Aspect ratio:</source>
        <translation>画面比例(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="125"/>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="126"/>
        <source>&amp;Parallel status checks:</source>
        <translation>并行状态查询数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="129"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="130"/>
        <source>Change key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="132"/>
        <source>File name example</source>
        <translation>文件名示例</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="167"/>
        <source>A new language takes effect after a restart.</source>
        <translation>更换语言后需重启才能生效。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="179"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="181"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="182"/>
        <source>New clips</source>
        <translation>新片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="183"/>
        <source>Account &amp;&amp; advanced</source>
        <translation>账户与高级</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="184"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="185"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="227"/>
        <source>No key set (the demo runs on the simulator).</source>
        <translation>未设置密钥（演示模式在模拟器上运行）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="229"/>
        <source>%1 from EVOLINK_API_KEY, which overrides the keychain</source>
        <translation>%1 来自 EVOLINK_API_KEY，它覆盖钥匙串中的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="231"/>
        <source>%1 for this session only</source>
        <translation>%1 仅用于本次会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="233"/>
        <source>%1 in %2</source>
        <translation>%1 位于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="240"/>
        <source>Clips folder</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="252"/>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/ui/studio.py" line="201"/>
        <source>Sent, but the answer was lost: the task is in the queue as “outcome unknown”. </source>
        <translation>已发送，但回复丢失：该任务以“结果未知”状态留在队列中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="212"/>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="224"/>
        <source>Offline — retrying automatically</source>
        <translation>离线 — 正在自动重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="225"/>
        <source>Back online</source>
        <translation>已恢复在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="234"/>
        <source>Enter your Evolink API key to leave the demo.</source>
        <translation>输入你的 Evolink API 密钥即可退出演示。</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="45"/>
        <source> — %1 active</source>
        <translation> — %1 个进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="53"/>
        <source>Clip ready</source>
        <translation>片段已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="53"/>
        <source>“%1” is saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="56"/>
        <source>Clip expired</source>
        <translation>片段已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="57"/>
        <source>“%1”: the link expired before it was saved.</source>
        <translation>“%1”：链接在保存前已过期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="60"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="61"/>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="62"/>
        <source>“%1”: %2. No credits were spent.</source>
        <translation>“%1”：%2。未消耗积分。</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../app/ui/player/transport.py" line="30"/>
        <location filename="../../app/ui/player/transport.py" line="91"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="31"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="32"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="33"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="34"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="35"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="40"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="42"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="49"/>
        <source>Play or pause (Space, K; L plays faster)</source>
        <translation>播放或暂停（空格、K；L 加速播放）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="50"/>
        <source>One frame back (Left; J jumps one second back)</source>
        <translation>后退一帧（左方向键；J 后退一秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="51"/>
        <source>One frame forward (Right)</source>
        <translation>前进一帧（右方向键）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="52"/>
        <source>Play the clip over and over</source>
        <translation>循环播放片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="53"/>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="54"/>
        <source>Full screen (F; Esc leaves)</source>
        <translation>全屏（F；Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="58"/>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="62"/>
        <source>Elapsed</source>
        <translation>已播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="63"/>
        <source>Length</source>
        <translation>总长</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="64"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="70"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="91"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="32"/>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="34"/>
        <source>Write a prompt, pick a Seedance 2.0 model and get a short video clip, saved on your own disk. Real clips need an Evolink API key and cost credits.</source>
        <translation>写下提示词，选择一个 Seedance 2.0 模型，即可得到一段短视频，保存在你自己的磁盘上。制作真实片段需要 Evolink API 密钥，并会消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="37"/>
        <source>The demo runs a simulator on this computer: everything works, nothing is spent, and every clip is a placeholder marked “SIMULATED”. You can enter a key at any time.</source>
        <translation>演示模式在本机运行一个模拟器：所有功能都可使用，不花费任何积分，每个片段都是标有“SIMULATED”的占位内容。你可以随时输入密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="40"/>
        <source>&amp;Enter API key…</source>
        <translation>输入 API 密钥(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="41"/>
        <source>Try the &amp;demo (no credits)</source>
        <translation>试用演示(&amp;D)（不消耗积分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="47"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="56"/>
        <source>Enter API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="57"/>
        <source>Try the demo (no credits)</source>
        <translation>试用演示（不消耗积分）</translation>
    </message>
</context>
</TS>
