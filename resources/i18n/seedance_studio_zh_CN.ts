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
        <location filename="../../app/ui/dialogs/about_dialog.py" line="30"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="38"/>
        <source>&amp;Copy versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="39"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="47"/>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="54"/>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="55"/>
        <source>Copy versions</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="56"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="58"/>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="63"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/about_dialog.py" line="64"/>
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
        <source>&amp;Reuse settings of a clip…</source>
        <translation>复用片段的设置(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37"/>
        <source>Fill the composer with the settings a clip was made with (the clip, or its .json); dropping it on the composer does the same</source>
        <translation>用生成片段时的设置填充编辑器（选择片段或其 .json）；把它拖到编辑器上效果相同</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <source>Open &amp;clips folder</source>
        <translation>打开片段文件夹(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="42"/>
        <source>Show the folder where finished clips are saved</source>
        <translation>显示保存已完成片段的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="45"/>
        <source>Clips folder, file names, language, theme and more</source>
        <translation>片段文件夹、文件名、语言、主题等</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="46"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48"/>
        <source>Quit; unfinished tasks are picked up at the next start</source>
        <translation>退出；未完成的任务会在下次启动时继续</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="50"/>
        <source>&amp;API key…</source>
        <translation>API 密钥(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51"/>
        <source>Enter, test or remove the API key</source>
        <translation>输入、测试或删除 API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="52"/>
        <source>&amp;Refresh balance</source>
        <translation>刷新余额(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="53"/>
        <source>Ask the server for the remaining credits</source>
        <translation>向服务器查询剩余积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="54"/>
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55"/>
        <source>The log files, with keys masked, for support</source>
        <translation>日志文件（密钥已遮蔽），供技术支持使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56"/>
        <source>&amp;About Seedance Studio</source>
        <translation>关于 Seedance Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57"/>
        <source>Versions and credits</source>
        <translation>版本与致谢</translation>
    </message>
</context>
<context>
    <name>AdvancedSection</name>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="32"/>
        <source>Model param&amp;eters</source>
        <translation>模型参数(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="35"/>
        <source>&amp;Callback URL</source>
        <translation>回调 URL(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="43"/>
        <source>Ad&amp;vanced</source>
        <translation>高级(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="44"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="50"/>
        <source>Model parameters</source>
        <translation>模型参数</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="52"/>
        <source>{&quot;key&quot;: &quot;value&quot;}  — a JSON object, sent as model_params</source>
        <translation>{&quot;key&quot;: &quot;value&quot;}  — 一个 JSON 对象，作为 model_params 发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/advanced.py" line="57"/>
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
    <name>Charges</name>
    <message>
        <location filename="../../app/ui/charge_text.py" line="18"/>
        <source>%1 reserved</source>
        <translation>预留 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charge_text.py" line="21"/>
        <source>%1 charged</source>
        <translation>扣费 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charge_text.py" line="24"/>
        <source>%1 refunded</source>
        <translation>退还 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/charge_text.py" line="27"/>
        <source>%1 credits reserved</source>
        <translation>已预留 %1 积分</translation>
    </message>
</context>
<context>
    <name>ClipCommands</name>
    <message>
        <location filename="../../app/ui/library/commands.py" line="44"/>
        <source>&amp;Play</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="45"/>
        <source>Reuse &amp;settings</source>
        <translation>复用设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="47"/>
        <source>Use &amp;last frame as next first frame</source>
        <translation>用最后一帧作为下一段的首帧(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="50"/>
        <source>&amp;Compare two selected clips</source>
        <translation>对比所选的两个片段(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="53"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="55"/>
        <source>Show in &amp;file manager</source>
        <translation>在文件管理器中显示(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="57"/>
        <source>C&amp;opy path</source>
        <translation>复制路径(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="60"/>
        <source>&amp;Favourite</source>
        <translation>收藏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="62"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="64"/>
        <source>Move to &amp;trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="108"/>
        <source>Clip actions</source>
        <translation>片段操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="162"/>
        <source>Taking the last frame of %1…</source>
        <translation>正在提取 %1 的最后一帧…</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="177"/>
        <source>Save a copy of the clip</source>
        <translation>保存片段副本</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="179"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="191"/>
        <source>No file manager could show the clip&apos;s folder.</source>
        <translation>没有可以显示该片段所在文件夹的文件管理器。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="197"/>
        <source>Copied the path</source>
        <translation>已复制路径</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="198"/>
        <source>Copied %1 paths</source>
        <translation>已复制 %1 个路径</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/commands.py" line="241"/>
        <source>Saved a copy as %1</source>
        <translation>已另存副本为 %1</translation>
    </message>
</context>
<context>
    <name>ClipDetails</name>
    <message>
        <location filename="../../app/ui/player/details.py" line="21"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="25"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="25"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="26"/>
        <source>Aspect</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="26"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="27"/>
        <source>Credits</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="40"/>
        <source>Clip note</source>
        <translation>片段备注</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/details.py" line="63"/>
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
    <name>ClipFlow</name>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="66"/>
        <source>Reuse the settings of a clip</source>
        <translation>复用片段的设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="67"/>
        <source>Clips and their settings (*.mp4 *.mov *.m4v *.webm *.json)</source>
        <translation>片段及其设置 (*.mp4 *.mov *.m4v *.webm *.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="107"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="112"/>
        <source>The settings of %1 could not be looked up: see the log.</source>
        <translation>无法查找 %1 的设置：请查看日志。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="116"/>
        <location filename="../../app/ui/clip_flow.py" line="165"/>
        <source>Settings of %1 are in the composer</source>
        <translation>%1 的设置已填入编辑器</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="117"/>
        <source>Settings of %1 are in the composer (matched in the library)</source>
        <translation>%1 的设置已填入编辑器（在片段库中匹配到）</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="127"/>
        <source>Replace the composer&apos;s contents?</source>
        <translation>替换编辑器中的内容？</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="128"/>
        <source>The prompt, settings and media in the composer will be replaced by those of %1.</source>
        <translation>编辑器中的提示词、设置和素材将被替换为 %1 的内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="132"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="150"/>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="151"/>
        <source>%1 is neither a clip nor a clip&apos;s settings file (.json).</source>
        <translation>%1 既不是片段，也不是片段的设置文件（.json）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="152"/>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="153"/>
        <source>%1 is not a settings file: it is not JSON.</source>
        <translation>%1 不是设置文件：它不是 JSON。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="154"/>
        <source>%1 was not written by Seedance Studio.</source>
        <translation>%1 不是由 Seedance Studio 写入的。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="155"/>
        <source>%1 holds no request that can be read.</source>
        <translation>%1 中没有可读取的请求。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="156"/>
        <source>%1 has no settings file beside it and is not a clip of this library.</source>
        <translation>%1 旁边没有设置文件，也不是本片段库中的片段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/clip_flow.py" line="180"/>
        <source>Image to video from the last frame of %1: change the prompt and generate</source>
        <translation>以 %1 的最后一帧做图生视频：修改提示词后生成</translation>
    </message>
</context>
<context>
    <name>ClipMessages</name>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="16"/>
        <source>This task has no saved clip.</source>
        <translation>此任务没有已保存的片段。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="18"/>
        <source>“{name}” is no longer in {folder}: it was moved or deleted outside the studio.</source>
        <translation>“{name}”已不在 {folder} 中：它已在工作室之外被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="20"/>
        <source>Type a name for the clip.</source>
        <translation>请输入片段名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="22"/>
        <source>A name cannot contain / or \: the clip stays in its folder (use Save as… to put a copy elsewhere).</source>
        <translation>名称不能包含 / 或 \：片段会留在原文件夹中（如需放到别处，请使用“另存为…”保存副本）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="24"/>
        <source>A file name cannot contain {chars}.</source>
        <translation>文件名不能包含 {chars}。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="26"/>
        <source>The name is too long: at most {limit} bytes.</source>
        <translation>名称过长：最多 {limit} 字节。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="28"/>
        <source>“{name}” already exists in {folder}: choose another name.</source>
        <translation>{folder} 中已存在“{name}”：请换一个名称。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="30"/>
        <source>“{name}” is the clip itself: choose another name or folder.</source>
        <translation>“{name}”就是该片段本身：请换一个名称或文件夹。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="32"/>
        <source>Could not save a copy as {path}: {reason}</source>
        <translation>无法另存副本为 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="34"/>
        <source>Could not rename “{name}”: {reason}</source>
        <translation>无法重命名“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="36"/>
        <source>Could not rename the settings file of “{name}”: {reason}</source>
        <translation>无法重命名“{name}”的设置文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="38"/>
        <source>The library could not record the new name, so “{name}” keeps its name: {reason}</source>
        <translation>片段库无法记录新名称，因此“{name}”保留原名：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="40"/>
        <source>Could not move “{name}” to the trash: {reason}</source>
        <translation>无法将“{name}”移到回收站：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="42"/>
        <source>“{name}” is in the trash, but its settings file stayed behind: {reason}</source>
        <translation>“{name}”已在回收站中，但其设置文件未能一并移走：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="44"/>
        <source>“{name}” is in the trash, but the library could not record it: {reason}</source>
        <translation>“{name}”已在回收站中，但片段库无法记录此操作：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="46"/>
        <source>The library could not keep the star: {reason}</source>
        <translation>片段库无法保存收藏标记：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="48"/>
        <source>“{name}” has no picture to take a frame from.</source>
        <translation>“{name}”没有可提取帧的画面。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="50"/>
        <source>“{name}” could not be decoded: {reason}</source>
        <translation>无法解码“{name}”：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="52"/>
        <source>“{name}” holds no decodable frame.</source>
        <translation>“{name}”中没有可解码的帧。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="54"/>
        <source>The last frame of “{name}” could not be saved: {reason}</source>
        <translation>无法保存“{name}”的最后一帧：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/clip_messages.py" line="56"/>
        <source>Something went wrong: {reason}</source>
        <translation>出了点问题：{reason}</translation>
    </message>
</context>
<context>
    <name>CompareSide</name>
    <message>
        <location filename="../../app/ui/player/compare_side.py" line="63"/>
        <source>%1 video</source>
        <translation>%1视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare_side.py" line="64"/>
        <source>%1 clip settings</source>
        <translation>%1片段设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare_side.py" line="65"/>
        <source>%1 clip message</source>
        <translation>%1片段消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare_side.py" line="78"/>
        <source>No settings saved with this clip</source>
        <translation>此片段未保存设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare_side.py" line="91"/>
        <source>“%1” — %2</source>
        <translation>“%1” — %2</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../app/ui/player/compare.py" line="50"/>
        <source>&amp;Sound from</source>
        <translation>声音来源(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="52"/>
        <source>S&amp;wap sides</source>
        <translation>交换左右(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="83"/>
        <source>Play both clips over and over; the shorter one waits on its last frame for the longer one</source>
        <translation>循环播放两个片段；较短的片段停在最后一帧，等待较长的片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="88"/>
        <source>Left clip</source>
        <translation>左侧片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="89"/>
        <source>Right clip</source>
        <translation>右侧片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="91"/>
        <source>Sound from</source>
        <translation>声音来源</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="92"/>
        <source>Swap sides</source>
        <translation>交换左右</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="93"/>
        <source>Put the left clip on the right and the right clip on the left</source>
        <translation>把左侧片段放到右边，右侧片段放到左边</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="158"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="159"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="191"/>
        <source>%1 clip: %2</source>
        <translation>%1片段：%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="205"/>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../app/ui/player/compare.py" line="224"/>
        <source>Compare clips</source>
        <translation>对比片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/compare.py" line="233"/>
        <source>Compare %1 and %2</source>
        <translation>对比 %1 与 %2</translation>
    </message>
</context>
<context>
    <name>ComposerPanel</name>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="84"/>
        <location filename="../../app/ui/composer/panel.py" line="115"/>
        <location filename="../../app/ui/composer/panel.py" line="205"/>
        <location filename="../../app/ui/composer/panel.py" line="211"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="122"/>
        <source>Why Generate is disabled</source>
        <translation>无法生成的原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="124"/>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="205"/>
        <location filename="../../app/ui/composer/panel.py" line="316"/>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="269"/>
        <source>Model parameters kept but not sent: %1</source>
        <translation>模型参数已保留但不会发送：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="318"/>
        <source>(+%1 more)</source>
        <translation>（另有 %1 项）</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="322"/>
        <source>Ready · Ctrl+Enter</source>
        <translation>就绪 · Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/panel.py" line="326"/>
        <source>Generate (Ctrl+Enter)</source>
        <translation>生成 (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CostLine</name>
    <message>
        <location filename="../../app/ui/composer/cost_line.py" line="33"/>
        <source>The server&apos;s reserved credits are the final figure</source>
        <translation>以服务器预留的积分为准</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/cost_line.py" line="63"/>
        <source>price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/cost_line.py" line="65"/>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/cost_line.py" line="71"/>
        <source>%1 s × %2 credits/s</source>
        <translation>%1 秒 × %2 积分/秒</translation>
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
    <name>DraftBuilder</name>
    <message>
        <location filename="../../app/ui/composer/draft_builder.py" line="71"/>
        <source>Still checking the media files…</source>
        <translation>仍在检查媒体文件…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/draft_builder.py" line="78"/>
        <source>Kept but not sent: %1 takes no model parameters</source>
        <translation>已保留但不会发送：%1 不接受模型参数</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="51"/>
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="52"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="172"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="53"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="54"/>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="58"/>
        <source>&amp;Keep for this session only (forgotten when the app quits)</source>
        <translation>仅在本次会话中保留(&amp;K)（退出应用后即忘记）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="60"/>
        <source>&amp;Remove stored key</source>
        <translation>删除已保存的密钥(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="75"/>
        <source>Evolink API key</source>
        <translation>Evolink API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="79"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="85"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="173"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="86"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="87"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="88"/>
        <source>Remove stored key</source>
        <translation>删除已保存的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="91"/>
        <source>Keep for this session only</source>
        <translation>仅在本次会话中保留</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="94"/>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="98"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="99"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="101"/>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="104"/>
        <source>Find your key in the Evolink dashboard. It is kept in your operating system&apos;s keychain, never in a file.</source>
        <translation>在 Evolink 控制台中找到你的密钥。密钥保存在操作系统的钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="137"/>
        <source>The API refused the current key: %1. Enter a valid key to continue; waiting tasks resume after that.</source>
        <translation>API 拒绝了当前密钥：%1。请输入有效的密钥以继续；等待中的任务随后会自动恢复。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="145"/>
        <source>EVOLINK_API_KEY is set in the environment: it overrides the key saved here for as long as it is set.</source>
        <translation>环境变量 EVOLINK_API_KEY 已设置：只要它存在，就会覆盖此处保存的密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="155"/>
        <source>Saved key: %1 (in %2)</source>
        <translation>已保存的密钥：%1（位于 %2）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="159"/>
        <source>No key is saved in the keychain.</source>
        <translation>钥匙串中没有保存密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="164"/>
        <source>The key cannot be saved in a keychain: %1</source>
        <translation>无法将密钥保存到钥匙串：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="172"/>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="173"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="181"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="190"/>
        <source>Enter or paste a key first.</source>
        <translation>请先输入或粘贴密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="194"/>
        <source>The key contains spaces; paste it again without spaces.</source>
        <translation>密钥中含有空格；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="203"/>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="219"/>
        <source>✓ Valid: the API accepted this key.</source>
        <translation>✓ 有效：API 接受了此密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="220"/>
        <source>✓ Valid: %1 credits left on the account.</source>
        <translation>✓ 有效：账户剩余 %1 积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="223"/>
        <source>✗ Invalid: the API refused this key (%1).</source>
        <translation>✗ 无效：API 拒绝了此密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="226"/>
        <source>No network: the API could not be reached, so the key was not tested (%1).</source>
        <translation>无网络：无法连接 API，因此未能测试密钥（%1）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/key_dialog.py" line="228"/>
        <source>Not tested: %1</source>
        <translation>未测试：%1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/ui/labels.py" line="23"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="24"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="25"/>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="28"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="29"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="30"/>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="33"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="34"/>
        <source>Submitting</source>
        <translation>正在提交</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="35"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="36"/>
        <source>Generating</source>
        <translation>生成中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="37"/>
        <source>Ready to download</source>
        <translation>待下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="38"/>
        <source>Downloading</source>
        <translation>下载中</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="39"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="40"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="41"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="42"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="43"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="44"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="48"/>
        <source>Adaptive · from the prompt</source>
        <translation>自适应 · 依据提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="49"/>
        <source>Adaptive · from the first frame</source>
        <translation>自适应 · 依据首帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="50"/>
        <source>Adaptive · from the media</source>
        <translation>自适应 · 依据素材</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="79"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="103"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="95"/>
        <source>price not published</source>
        <translation>价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/labels.py" line="96"/>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../app/ui/library/model.py" line="179"/>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../app/ui/library/panel.py" line="64"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="109"/>
        <source>Words from the prompt</source>
        <translation>提示词中的文字</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="111"/>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="113"/>
        <source>All modes</source>
        <translation>全部模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="115"/>
        <source>All qualities</source>
        <translation>全部画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="117"/>
        <source>All aspect ratios</source>
        <translation>全部画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="118"/>
        <source>Adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="120"/>
        <source>Newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="121"/>
        <source>Oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="122"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="123"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="124"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="125"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="127"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="128"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="129"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="130"/>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="131"/>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="132"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="135"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="136"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="141"/>
        <source>★ Favourites</source>
        <translation>★ 收藏</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="143"/>
        <source>Show only the clips marked as favourites</source>
        <translation>只显示已收藏的片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="145"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="148"/>
        <source>Clip count</source>
        <translation>片段数量</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="149"/>
        <source>Saved clips</source>
        <translation>已保存的片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="268"/>
        <source>1 clip</source>
        <translation>1 个片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/panel.py" line="268"/>
        <source>%1 clips</source>
        <translation>%1 个片段</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Player</source>
        <translation>播放器</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Library</source>
        <translation>片段库</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>%1 — Demo</source>
        <translation>%1 — 演示</translation>
    </message>
</context>
<context>
    <name>MediaArea</name>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="109"/>
        <source>%1 was added to %2</source>
        <translation>%1 已添加到“%2”</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="134"/>
        <source>The clipboard holds no image, file or URL to add</source>
        <translation>剪贴板中没有可添加的图片、文件或 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="156"/>
        <source>Add image</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="156"/>
        <source>Add video</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="157"/>
        <source>Add audio</source>
        <translation>添加音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="160"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_area.py" line="183"/>
        <source>“%1” is not an http(s) URL; local files can be dropped or browsed</source>
        <translation>“%1”不是 http(s) URL；本地文件请拖放或浏览添加</translation>
    </message>
</context>
<context>
    <name>MediaSlot</name>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="64"/>
        <source>valid %1 h</source>
        <translation>有效期 %1 小时</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="68"/>
        <source>Preparing upload…</source>
        <translation>正在准备上传…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="70"/>
        <source>Uploading %1%</source>
        <translation>正在上传 %1%</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="72"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="74"/>
        <source>Already uploaded</source>
        <translation>之前已上传</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="76"/>
        <source>Not uploaded</source>
        <translation>未上传</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="77"/>
        <source>Upload failed · Generate tries again</source>
        <translation>上传失败 · 生成时会重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="138"/>
        <source>%1 upload progress</source>
        <translation>%1上传进度</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="139"/>
        <source>%1 upload</source>
        <translation>%1上传</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="140"/>
        <source>Use a URL instead…</source>
        <translation>改用 URL…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="141"/>
        <source>Give a URL for %1</source>
        <translation>为%1提供 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="142"/>
        <source>The file service did not take this file: paste a link to it</source>
        <translation>文件服务不接受此文件：请粘贴它的链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="145"/>
        <source>%1 problems</source>
        <translation>%1的问题</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="148"/>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="149"/>
        <source>Remove %1 (Delete)</source>
        <translation>移除%1 (Delete)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="150"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="151"/>
        <source>Browse for %1</source>
        <translation>为%1浏览文件</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="186"/>
        <source>Drop a file or paste a URL</source>
        <translation>拖入文件或粘贴 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="191"/>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_slot.py" line="195"/>
        <source>URL · checked by the server</source>
        <translation>URL · 由服务器检查</translation>
    </message>
</context>
<context>
    <name>MediaStrip</name>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="59"/>
        <source>Image &amp;URL</source>
        <translation>图片 URL(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="60"/>
        <source>Video U&amp;RL</source>
        <translation>视频 URL(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="61"/>
        <source>Audio UR&amp;L</source>
        <translation>音频 URL(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="84"/>
        <source>Add image…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="85"/>
        <source>Add video…</source>
        <translation>添加视频…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="86"/>
        <source>Add audio…</source>
        <translation>添加音频…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="88"/>
        <location filename="../../app/ui/composer/media_strip.py" line="89"/>
        <source>Swap frames</source>
        <translation>交换首尾帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="90"/>
        <source>Exchange the first and the last frame</source>
        <translation>交换首帧和尾帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="141"/>
        <source>not used by this model</source>
        <translation>此模型不使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="156"/>
        <source>A URL for %1, then Enter</source>
        <translation>输入 %1 的 URL，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/media_strip.py" line="163"/>
        <source>https://… then Enter</source>
        <translation>https://… 然后按 Enter</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../app/ui/messages.py" line="32"/>
        <source>{n} image</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="33"/>
        <source>{n} images</source>
        <translation>{n} 张图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="34"/>
        <source>{n} video</source>
        <translation>{n} 个视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="35"/>
        <source>{n} videos</source>
        <translation>{n} 个视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="36"/>
        <source>{n} audio clip</source>
        <translation>{n} 段音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="37"/>
        <source>{n} audio clips</source>
        <translation>{n} 段音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="38"/>
        <source>{n:,} byte</source>
        <translation>{n:,} 字节</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="39"/>
        <source>{n:,} bytes</source>
        <translation>{n:,} 字节</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="40"/>
        <location filename="../../app/ui/messages.py" line="55"/>
        <source>Image {n}</source>
        <translation>图片 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="41"/>
        <location filename="../../app/ui/messages.py" line="56"/>
        <source>Video {n}</source>
        <translation>视频 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="42"/>
        <source>Audio clip {n}</source>
        <translation>音频 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="43"/>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="44"/>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="45"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="46"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="47"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="48"/>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="49"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="50"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="51"/>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="52"/>
        <source>{mode} · {tier}</source>
        <translation>{mode} · {tier}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="53"/>
        <source>First frame</source>
        <translation>首帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="54"/>
        <source>Last frame</source>
        <translation>尾帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="57"/>
        <source>Audio {n}</source>
        <translation>音频 {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="58"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="59"/>
        <source>Videos</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="61"/>
        <source>{quality} is only available on the standard models; {fast} and {mini} render up to {best}</source>
        <translation>{quality} 仅标准模型可用；{fast}和{mini}模型最高 {best}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="64"/>
        <source>Text-to-video models take no images; choose image or reference to video</source>
        <translation>文生视频模型不接受图片；请选择图生视频或参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>Only reference-to-video models take reference videos</source>
        <translation>只有参考生视频模型接受参考视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="68"/>
        <source>Only reference-to-video models take reference audio clips</source>
        <translation>只有参考生视频模型接受参考音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="70"/>
        <source>Model parameters apply only to the Standard and Fast text-to-video models</source>
        <translation>模型参数仅适用于标准和快速文生视频模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="72"/>
        <source>Unknown model “{model}”; choose one of the nine Seedance 2.0 models</source>
        <translation>未知模型“{model}”；请从九个 Seedance 2.0 模型中选择</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="74"/>
        <source>Write a prompt describing the video</source>
        <translation>请写一段描述视频的提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="75"/>
        <source>The prompt is about {tokens:,} tokens; the limit is {limit:,}</source>
        <translation>提示词约 {tokens:,} 个 token；上限为 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="77"/>
        <source>{n} Chinese characters: about {limit} or fewer is recommended</source>
        <translation>{n} 个汉字：建议不超过约 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="79"/>
        <source>{n} words: about {limit} or fewer is recommended</source>
        <translation>{n} 个单词：建议不超过约 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="81"/>
        <source>Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too short</source>
        <translation>时长必须是 {lo} 到 {hi} 之间的整数秒；{duration} 秒太短</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="84"/>
        <source>Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too long</source>
        <translation>时长必须是 {lo} 到 {hi} 之间的整数秒；{duration} 秒太长</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="87"/>
        <source>Unknown quality “{quality}”; use 480p, 720p or 1080p</source>
        <translation>未知画质“{quality}”；请使用 480p、720p 或 1080p</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="89"/>
        <source>Unknown aspect ratio “{aspect}”; use {choices}</source>
        <translation>未知画面比例“{aspect}”；请使用 {choices}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="91"/>
        <source>{reason}; remove the {count}</source>
        <translation>{reason}；请移除这 {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="92"/>
        <source>{mode} needs at least {count}</source>
        <translation>{mode}至少需要 {count}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="93"/>
        <source>{mode} needs at least {count} as the first frame</source>
        <translation>{mode}至少需要 {count}作为首帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="95"/>
        <source>{count} given; this model takes at most {limit}</source>
        <translation>提供了 {count}；此模型最多接受 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="97"/>
        <source>{item} is empty</source>
        <translation>{item}为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="98"/>
        <source>{item} is not a valid URL</source>
        <translation>{item}不是有效的 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="99"/>
        <source>{item} is not an http(s) URL the server can fetch</source>
        <translation>{item}不是服务器可获取的 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="101"/>
        <source>Audio cannot be used alone: add at least one image or one video</source>
        <translation>音频不能单独使用：请至少添加一张图片或一个视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="103"/>
        <source>The callback URL is {length} characters long; the limit is {limit}</source>
        <translation>回调 URL 长 {length} 个字符；上限为 {limit}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="105"/>
        <source>The callback URL is not a valid URL</source>
        <translation>回调 URL 不是有效的 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="106"/>
        <source>The callback URL must start with https://</source>
        <translation>回调 URL 必须以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="108"/>
        <source>The callback URL has no host name</source>
        <translation>回调 URL 没有主机名</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="109"/>
        <source>The callback URL cannot point at this computer (localhost)</source>
        <translation>回调 URL 不能指向本机（localhost）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="111"/>
        <source>The callback URL cannot point at a private or local address ({host})</source>
        <translation>回调 URL 不能指向私有或本地地址（{host}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="113"/>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="114"/>
        <source>{format} is not accepted; use {formats}</source>
        <translation>不接受 {format} 格式；请使用 {formats}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="115"/>
        <source>{size} is over the {limit} limit by {excess}</source>
        <translation>{size} 超出 {limit} 上限 {excess}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="117"/>
        <source>width {px} px is outside {lo}–{hi} px</source>
        <translation>宽度 {px} 像素，不在 {lo}–{hi} 像素范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="118"/>
        <source>height {px} px is outside {lo}–{hi} px</source>
        <translation>高度 {px} 像素，不在 {lo}–{hi} 像素范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="119"/>
        <source>aspect ratio {ratio} ({width}×{height}) is outside {lo}–{hi}</source>
        <translation>宽高比 {ratio}（{width}×{height}）不在 {lo}–{hi} 范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="121"/>
        <source>{width}×{height} = {pixels:,} pixels per frame is outside {lo:,}–{hi:,}</source>
        <translation>{width}×{height} = 每帧 {pixels:,} 像素，不在 {lo:,}–{hi:,} 范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="123"/>
        <source>{duration} s is outside {lo:g}–{hi:g} s</source>
        <translation>{duration} 秒，不在 {lo:g}–{hi:g} 秒范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="124"/>
        <source>{fps:.2f} fps is outside {lo:g}–{hi:g} fps</source>
        <translation>{fps:.2f} fps，不在 {lo:g}–{hi:g} fps 范围内</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="125"/>
        <source>{n} {kind} files; at most {limit} can be used</source>
        <translation>{n} 个{kind}文件；最多可使用 {limit} 个</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="127"/>
        <source>{total} s of {kind} in all is over the {limit:g} s total by {over} s</source>
        <translation>{kind}共 {total} 秒，超出总时长上限 {limit:g} 秒 {over} 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="129"/>
        <source>{size} of media in all is over the {limit} request limit by {excess}</source>
        <translation>媒体共 {size}，超出请求上限 {limit} {excess}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="131"/>
        <source>Quality changed from {wanted} to {got}: {tier} models render up to {best}</source>
        <translation>画质已从 {wanted} 改为 {got}：{tier}模型最高 {best}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="133"/>
        <source>{reason}. Kept here, not sent</source>
        <translation>{reason}。已保留在此，不会发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="134"/>
        <source>{mode} uses at most {count}. Kept here, not sent</source>
        <translation>{mode}最多使用 {count}。已保留在此，不会发送</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="136"/>
        <source>{count} kept but not used by {model}</source>
        <translation>{count}已保留，但{model}不会使用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="137"/>
        <source>Not valid JSON: {error} (line {line}, column {column})</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="139"/>
        <source>Model parameters must be a JSON object, like {example}</source>
        <translation>模型参数必须是 JSON 对象，例如 {example}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="141"/>
        <source>About {tokens:,} tokens: the limit is {limit:,}</source>
        <translation>约 {tokens:,} 个 token：上限为 {limit:,}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="143"/>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="144"/>
        <source>unknown quality</source>
        <translation>未知画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="145"/>
        <source>{what} prices are not published</source>
        <translation>{what}价格未公布</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="146"/>
        <source>more if the input video is longer than the clip</source>
        <translation>输入视频比片段长时费用更高</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="148"/>
        <source>+10% with the content filter off</source>
        <translation>关闭内容过滤 +10%</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="149"/>
        <source>The API key was refused: it is wrong, expired or disabled</source>
        <translation>API 密钥被拒绝：密钥错误、已过期或已停用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="151"/>
        <source>Not enough credits (or this key&apos;s quota is used up)</source>
        <translation>积分不足（或此密钥的额度已用完）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="153"/>
        <source>This key has no access to that model</source>
        <translation>此密钥无权使用该模型</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="154"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="155"/>
        <source>The request is too large (the limit is 64 MB)</source>
        <translation>请求过大（上限为 64 MB）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="157"/>
        <source>Too many requests at once; the server asked us to wait</source>
        <translation>同时请求过多；服务器要求稍候再试</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="159"/>
        <source>The video service is temporarily unavailable</source>
        <translation>视频服务暂时不可用</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="161"/>
        <source>The server answered HTTP {status}</source>
        <translation>服务器返回 HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="162"/>
        <source>Refused by the file service: {reason}</source>
        <translation>文件服务拒绝了此文件：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="163"/>
        <source>The file service refused {name} ({reason}): give a URL to this {kind} instead</source>
        <translation>文件服务拒绝了 {name}（{reason}）：请改为提供此{kind}的 URL</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="166"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="167"/>
        <source>{name} could not be read for its upload ({error})</source>
        <translation>无法读取 {name} 以上传（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="169"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="170"/>
        <source>unsupported file type “{suffix}”; images are .jpg/.png/.webp, videos .mp4/.mov, audio .wav/.mp3</source>
        <translation>不支持的文件类型“{suffix}”；图片可用 .jpg/.png/.webp，视频可用 .mp4/.mov，音频可用 .wav/.mp3</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="173"/>
        <source>not a readable image ({error})</source>
        <translation>不是可读取的图片（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="174"/>
        <source>has no video stream</source>
        <translation>没有视频流</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="175"/>
        <source>has no audio stream</source>
        <translation>没有音频流</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="176"/>
        <source>not readable as {kind} ({error})</source>
        <translation>无法作为{kind}读取（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="177"/>
        <source>Could not connect to {url}: {error}</source>
        <translation>无法连接到 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="178"/>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="179"/>
        <source>The connection broke before an answer arrived ({error})</source>
        <translation>收到响应之前连接已中断（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="181"/>
        <source>The server&apos;s answer was not valid JSON</source>
        <translation>服务器的响应不是有效的 JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="182"/>
        <source>{message} {detail}</source>
        <translation>{message} {detail}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="183"/>
        <source>The request was sent but the answer was unusable ({error}); a task may exist</source>
        <translation>请求已发送，但响应无法使用（{error}）；任务可能已经创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="186"/>
        <source>The request was sent but no answer came back ({error}); a task may exist</source>
        <translation>请求已发送，但没有收到响应（{error}）；任务可能已经创建</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="188"/>
        <source>Offline: {reason}; retrying</source>
        <translation>离线：{reason}；正在重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="189"/>
        <source>{reason}; retrying</source>
        <translation>{reason}；正在重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="190"/>
        <source>Unexpected problem: {error}</source>
        <translation>意外问题：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="191"/>
        <source>Download interrupted ({reason}); retrying</source>
        <translation>下载中断（{reason}）；正在重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="193"/>
        <source>Stop tracking this task before removing it from the list</source>
        <translation>请先停止跟踪此任务，再将其从列表中移除</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="195"/>
        <source>The app stopped before the server&apos;s answer arrived</source>
        <translation>应用在服务器响应到达之前已停止</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="197"/>
        <source>The finished task carries no result URL</source>
        <translation>已完成的任务没有结果链接</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="198"/>
        <source>The task has no id</source>
        <translation>任务没有 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="199"/>
        <source>Not found among the account&apos;s {n} most recent tasks: it was probably never created, and nothing was charged</source>
        <translation>在账户最近的 {n} 个任务中未找到：它很可能从未被创建，也没有扣费</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="202"/>
        <source>not a usable download address: {error}</source>
        <translation>不是可用的下载地址：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="203"/>
        <source>refusing a download address that carries a user name or password</source>
        <translation>拒绝使用包含用户名或密码的下载地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="205"/>
        <source>refusing to download from {scheme}://{host}: only https addresses (or http on this computer) are allowed</source>
        <translation>拒绝从 {scheme}://{host} 下载：只允许 https 地址（或本机的 http 地址）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="208"/>
        <source>the download failed after {attempts} attempts: {reason}</source>
        <translation>尝试 {attempts} 次后下载失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="210"/>
        <source>could not write {name}: {error}</source>
        <translation>无法写入 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="211"/>
        <source>the download address redirected too many times</source>
        <translation>下载地址重定向次数过多</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="213"/>
        <source>the clip&apos;s download address has expired (HTTP {status}); result links are valid for 24 hours after the video is finished</source>
        <translation>片段的下载地址已过期（HTTP {status}）；结果链接在视频完成后 24 小时内有效</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="216"/>
        <source>the partial download did not match the file on the server</source>
        <translation>已下载的部分与服务器上的文件不一致</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="218"/>
        <source>the server answered HTTP {status}</source>
        <translation>服务器返回 HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="219"/>
        <source>the server resumed the download at the wrong place</source>
        <translation>服务器从错误的位置续传下载</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="221"/>
        <source>the server compressed a partial answer</source>
        <translation>服务器压缩了分段响应</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="222"/>
        <source>the server refused the download (HTTP {status})</source>
        <translation>服务器拒绝了下载（HTTP {status}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="223"/>
        <source>the connection closed after {done} of {total} bytes</source>
        <translation>连接在 {total} 字节中的 {done} 字节后关闭</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="225"/>
        <source>could not read the downloaded file: {error}</source>
        <translation>无法读取已下载的文件：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="226"/>
        <source>the server sent something that is not an MP4 video</source>
        <translation>服务器发送的内容不是 MP4 视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="228"/>
        <source>could not save {name}: {error}</source>
        <translation>无法保存 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="229"/>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="230"/>
        <source>could not connect to the download server</source>
        <translation>无法连接到下载服务器</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="231"/>
        <source>the connection broke ({error})</source>
        <translation>连接中断（{error}）</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="232"/>
        <source>{problem} {hint}</source>
        <translation>{problem}{hint}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="233"/>
        <source>{fix} {fallback}</source>
        <translation>{fix}{fallback}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="234"/>
        <source>No OS keychain is available (no usable keyring backend was found).</source>
        <translation>没有可用的系统钥匙串（未找到可用的 keyring 后端）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="236"/>
        <source>The configured keyring backend ({name}) stores secrets in a file; Seedance Studio refuses it.</source>
        <translation>所配置的 keyring 后端（{name}）会把密钥保存在文件中，Seedance Studio 拒绝使用它。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="239"/>
        <source>The keyring library could not start ({error}).</source>
        <translation>keyring 库无法启动（{error}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="241"/>
        <source>The OS keychain failed to read the API key ({detail}).</source>
        <translation>系统钥匙串读取 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="243"/>
        <source>The OS keychain failed to store the API key ({detail}).</source>
        <translation>系统钥匙串保存 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="245"/>
        <source>The OS keychain failed to delete the API key ({detail}).</source>
        <translation>系统钥匙串删除 API 密钥失败（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="247"/>
        <source>On Linux a Secret Service is needed: install and start gnome-keyring (Debian/Ubuntu: `{command}`) or KWallet, run inside a desktop session with a D-Bus session bus, and unlock the keyring when asked.</source>
        <translation>在 Linux 上需要 Secret Service：请安装并启动 gnome-keyring（Debian/Ubuntu：`{command}`）或 KWallet，在带有 D-Bus 会话总线的桌面会话中运行，并在提示时解锁钥匙串。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="251"/>
        <source>macOS Keychain refused access: unlock the login keychain in Keychain Access and allow Seedance Studio when macOS asks.</source>
        <translation>macOS 钥匙串拒绝了访问：请在“钥匙串访问”中解锁登录钥匙串，并在 macOS 询问时允许 Seedance Studio。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="254"/>
        <source>Windows Credential Manager refused access: make sure the Credential Manager service is running and you are logged in with a normal (non-guest) profile.</source>
        <translation>Windows 凭据管理器拒绝了访问：请确认凭据管理器服务正在运行，并且你使用的是普通（非来宾）账户登录。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="257"/>
        <source>Meanwhile you can set {env} in the environment or enter a session-only key (kept in memory until the app quits).</source>
        <translation>在此之前，你可以在环境变量中设置 {env}，或输入仅限本次会话的密钥（保存在内存中，退出应用后即忘记）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="260"/>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="261"/>
        <source>The API key contains whitespace; paste it again without spaces.</source>
        <translation>API 密钥中含有空白字符；请去掉空格后重新粘贴。</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="263"/>
        <source>must be on or off</source>
        <translation>必须为开或关</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="264"/>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="265"/>
        <source>must be between {lo} and {hi}</source>
        <translation>必须在 {lo} 到 {hi} 之间</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="266"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="267"/>
        <source>must be one of {choices}</source>
        <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="268"/>
        <source>the clips folder must be a full path</source>
        <translation>片段文件夹必须是完整路径</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="270"/>
        <source>“{path}” is a file, not a folder</source>
        <translation>“{path}”是一个文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="271"/>
        <source>the file name template is empty</source>
        <translation>文件名模板为空</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="272"/>
        <source>unknown placeholder {field} in the file name template; the template may use {known}</source>
        <translation>文件名模板中有未知的占位符 {field}；模板可使用 {known}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="275"/>
        <source>the file name template has an unmatched {open} or {close}</source>
        <translation>文件名模板中有未配对的 {open} 或 {close}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="277"/>
        <source>API base URL</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="278"/>
        <source>file service URL</source>
        <translation>文件服务地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="279"/>
        <source>The {what} “{url}” is not an http(s) URL</source>
        <translation>{what}“{url}”不是 http(s) 地址</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="280"/>
        <source>The {what} must use https:// (plain http is allowed only to this computer, e.g. the built-in simulator); got “{url}”</source>
        <translation>{what}必须使用 https://（只有连接本机时才允许使用普通 http，例如内置模拟器）；当前为“{url}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="284"/>
        <source>+{credits} per web search</source>
        <translation>每次网页搜索 +{credits}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="285"/>
        <source>quote from Evolink, {age}</source>
        <translation>Evolink 报价，{age}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="286"/>
        <source>Evolink&apos;s public price rules, updated {age}</source>
        <translation>Evolink 公开价格规则，更新于{age}</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="288"/>
        <source>price table of {date}</source>
        <translation>{date} 的价格表</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="290"/>
        <source>from your last {model} {quality} clip</source>
        <translation>根据您最近 1 个 {model} {quality} 片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="291"/>
        <source>from your last {n} {model} {quality} clips</source>
        <translation>根据您最近 {n} 个 {model} {quality} 片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="292"/>
        <source>{source}: ≈ {credits} credits</source>
        <translation>{source}：≈ {credits} 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="293"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="294"/>
        <source>{n} min ago</source>
        <translation>{n} 分钟前</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="295"/>
        <source>{n} h ago</source>
        <translation>{n} 小时前</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="296"/>
        <source>{n} d ago</source>
        <translation>{n} 天前</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="297"/>
        <source>This API key may not use {model}</source>
        <translation>此 API 密钥不能使用 {model}</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="45"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="46"/>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="56"/>
        <source>Best quality, up to 1080p</source>
        <translation>画质最佳，最高 1080p</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="60"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="63"/>
        <source>&amp;Tier</source>
        <translation>档位(&amp;T)</translation>
    </message>
</context>
<context>
    <name>OutputPicker</name>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="87"/>
        <source>Quality</source>
        <translation>画质</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="92"/>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="93"/>
        <source>Content &amp;filter</source>
        <translation>内容过滤(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="94"/>
        <source>+10% cost</source>
        <translation>费用 +10%</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="105"/>
        <source>Aspect ratio</source>
        <translation>画面比例</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="109"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="110"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="111"/>
        <source>Whole seconds, %1–%2; billed per second</source>
        <translation>整数秒，%1–%2；按秒计费</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="115"/>
        <source>Duration slider</source>
        <translation>时长滑块</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="118"/>
        <source>Generate audio</source>
        <translation>生成音频</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="119"/>
        <source>Synchronised voice, effects and music, at no extra cost</source>
        <translation>同步生成人声、音效和音乐，不额外收费</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="121"/>
        <source>Content filter</source>
        <translation>内容过滤</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="122"/>
        <source>Off relaxes content restrictions and costs 10% more; illegal content is always refused</source>
        <translation>关闭后放宽内容限制，费用增加 10%；违法内容始终会被拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="125"/>
        <source>Content filter cost</source>
        <translation>内容过滤费用</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="132"/>
        <source>&amp;Quality</source>
        <translation>画质(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="134"/>
        <source>A&amp;spect</source>
        <translation>比例(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/pickers.py" line="136"/>
        <source>&amp;Duration</source>
        <translation>时长(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../../app/ui/player/panel.py" line="72"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/panel.py" line="76"/>
        <source>Player message</source>
        <translation>播放器消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/panel.py" line="164"/>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="32"/>
        <source>&amp;Prompt</source>
        <translation>提示词(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="36"/>
        <source>Insert:</source>
        <translation>插入：</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="48"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="50"/>
        <source>Describe the clip: subject, action, setting, camera, light, mood…
描述画面：主体、动作、场景、镜头、光线、氛围……</source>
        <translation>描述画面：主体、动作、场景、镜头、光线、氛围……
Describe the clip: subject, action, setting, camera, light, mood…</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="55"/>
        <source>Prompt length</source>
        <translation>提示词长度</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="100"/>
        <source>Insert “%1” into the prompt at the cursor</source>
        <translation>在光标处插入“%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="119"/>
        <source>%1 characters</source>
        <translation>%1 个字符</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="121"/>
        <source>%1 Chinese</source>
        <translation>%1 个汉字</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="123"/>
        <source>1 word</source>
        <translation>1 个单词</translation>
    </message>
    <message>
        <location filename="../../app/ui/composer/prompt_editor.py" line="124"/>
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
        <location filename="../../app/ui/queue/panel.py" line="101"/>
        <source>Offline — the video service cannot be reached. Retrying automatically; nothing is lost.</source>
        <translation>离线 — 无法连接视频服务。正在自动重试，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="109"/>
        <source>Copy task &amp;ID</source>
        <translation>复制任务 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="110"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="111"/>
        <location filename="../../app/ui/queue/panel.py" line="238"/>
        <source>&amp;Stop tracking…</source>
        <translation>停止跟踪(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="112"/>
        <source>&amp;Retry…</source>
        <translation>重试(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="113"/>
        <source>Fi&amp;nd it</source>
        <translation>查找(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="114"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="115"/>
        <source>Copy task ID</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="141"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="146"/>
        <source>Active tasks</source>
        <translation>进行中的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="148"/>
        <source>Finished tasks</source>
        <translation>已结束的任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="167"/>
        <source>Selected task</source>
        <translation>所选任务</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="169"/>
        <source>Queue message</source>
        <translation>队列消息</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="178"/>
        <source>Look for a submission whose answer was lost among the account&apos;s recent tasks. Nothing is sent again.</source>
        <translation>在账户最近的任务中查找未收到回复的提交。不会重新发送任何内容。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="221"/>
        <source>&amp;Active (%1)</source>
        <translation>进行中(&amp;A)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="223"/>
        <source>F&amp;inished (%1)</source>
        <translation>已结束(&amp;I)（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="237"/>
        <source>Track &amp;again</source>
        <translation>重新跟踪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="244"/>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="248"/>
        <source>Task id: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="268"/>
        <source>Copied task id %1</source>
        <translation>已复制任务 ID %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="286"/>
        <source>Tracking the task again.</source>
        <translation>已重新跟踪该任务。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="287"/>
        <source>Stop tracking this task?</source>
        <translation>停止跟踪此任务？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="288"/>
        <source>Stop tracking</source>
        <translation>停止跟踪</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="290"/>
        <source>Stopped tracking. The server goes on and charges for the clip.</source>
        <translation>已停止跟踪。服务器会继续生成该片段并扣除积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="298"/>
        <source>≈ %1 credits</source>
        <translation>≈ %1 积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="300"/>
        <source>Submit “%1” again as a new task?</source>
        <translation>将“%1”作为新任务重新提交？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="302"/>
        <source>Cost: %1. This is a new, separately charged generation.</source>
        <translation>费用：%1。这是一次新的生成，单独计费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="305"/>
        <source>The first submission may exist on the server: try “Find it” first, or you may pay twice.</source>
        <translation>第一次提交可能已在服务器上生成：请先试试“查找”，否则可能重复付费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="307"/>
        <source>Retry as a new task?</source>
        <translation>作为新任务重试？</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="308"/>
        <source>Submit (%1)</source>
        <translation>提交（%1）</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="317"/>
        <location filename="../../app/ui/queue/panel.py" line="320"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="322"/>
        <source>Submitted again as %1.</source>
        <translation>已重新提交为 %1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="327"/>
        <source>Looking among the account&apos;s recent tasks…</source>
        <translation>正在账户最近的任务中查找…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="334"/>
        <source>Could not look: %1</source>
        <translation>无法查找：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="336"/>
        <source>Found it: %1; following it now.</source>
        <translation>已找到：%1；现在开始跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="338"/>
        <source>Not found among the recent tasks: it was probably never created.</source>
        <translation>最近的任务中没有找到：它可能从未被创建。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/panel.py" line="351"/>
        <source>Removed from the list (the clip and its record stay on disk).</source>
        <translation>已从列表中移除（片段及其记录仍保留在磁盘上）。</translation>
    </message>
</context>
<context>
    <name>QueueRow</name>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="25"/>
        <source>Evolink documents no way to cancel a task. If you stop tracking it, the server goes on generating the clip and charges for it; the studio just stops checking and will not download it. You can track it again later while its link is valid (24 hours).</source>
        <translation>Evolink 没有提供取消任务的方法。停止跟踪后，服务器仍会继续生成该片段并扣除积分；本应用只是不再查询，也不会下载它。在链接有效期内（24 小时）你可以重新跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="61"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="64"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="67"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="79"/>
        <source>no credits spent</source>
        <translation>未消耗积分</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="109"/>
        <source>Not tracked</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="110"/>
        <source>The server may still finish and charge for it; the studio no longer checks.</source>
        <translation>服务器仍可能完成并扣除积分；本应用不再查询。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="114"/>
        <source>Sending the request…</source>
        <translation>正在发送请求…</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="122"/>
        <source>about %1 left</source>
        <translation>约剩 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="124"/>
        <source>waiting for an estimate</source>
        <translation>正在等待预估时间</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="128"/>
        <source>Downloading %1 of %2</source>
        <translation>正在下载 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="133"/>
        <source>link expires in %1</source>
        <translation>链接将在 %1后过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="135"/>
        <source>the link has expired</source>
        <translation>链接已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="138"/>
        <source>Saved as %1</source>
        <translation>已保存为 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="143"/>
        <source>the server gave no reason</source>
        <translation>服务器未给出原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="144"/>
        <source>%1. No credits were spent.</source>
        <translation>%1。未消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="149"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="150"/>
        <source>%1. Nothing was created or charged.</source>
        <translation>%1。未创建任务，也未扣费。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="154"/>
        <source>The result link expired (24 h) before the clip was saved.</source>
        <translation>结果链接在片段保存前已过期（24 小时）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="159"/>
        <source>Sent %1 ago, but the answer was lost. “Find it” looks for it; it is never resent by itself.</source>
        <translation>%1前已发送，但回复丢失。“查找”可以找回它；它绝不会被自动重新发送。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="163"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="166"/>
        <source>Followed by another Seedance Studio window or command.</source>
        <translation>正由另一个 Seedance Studio 窗口或命令跟踪。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/presentation.py" line="170"/>
        <source>in %1</source>
        <translation>（%1后）</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="38"/>
        <source>New &amp;name:</source>
        <translation>新名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="50"/>
        <source>Rename clip</source>
        <translation>重命名片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="56"/>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="58"/>
        <source>Name problem</source>
        <translation>名称问题</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/services/settings.py" line="154"/>
        <source>Address of the Evolink API. Change it only for a proxy or the simulator.</source>
        <translation>Evolink API 的地址。仅在使用代理或模拟器时修改。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="157"/>
        <source>Folder where finished clips are saved (empty: your Videos folder).</source>
        <translation>保存完成片段的文件夹（留空：你的“视频”文件夹）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="160"/>
        <source>How saved clips are named; placeholders in braces.</source>
        <translation>保存片段的命名方式；占位符写在花括号中。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="163"/>
        <source>How many unfinished tasks are checked on the server at the same time.</source>
        <translation>同时向服务器查询多少个未完成的任务。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="166"/>
        <source>Tell me when a clip is ready or a task fails.</source>
        <translation>片段完成或任务失败时通知我。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="168"/>
        <source>Light or dark look; “system” follows the desktop.</source>
        <translation>浅色或深色外观；“跟随系统”与桌面保持一致。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="170"/>
        <source>Language of the interface; the window reopens in it at once.</source>
        <translation>界面语言；窗口会立即以该语言重新打开。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="173"/>
        <source>Model the composer starts with.</source>
        <translation>编辑器默认使用的模型。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="175"/>
        <source>Clip length, in seconds, the composer starts with.</source>
        <translation>编辑器默认的片段时长（秒）。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="178"/>
        <source>Resolution the composer starts with.</source>
        <translation>编辑器默认的分辨率。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="181"/>
        <source>Aspect ratio the composer starts with.</source>
        <translation>编辑器默认的画面比例。</translation>
    </message>
    <message>
        <location filename="../../app/services/settings.py" line="184"/>
        <source>Generate a sound track by default (free of charge).</source>
        <translation>默认生成音轨（免费）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="56"/>
        <source>Change &amp;key…</source>
        <translation>更换密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="72"/>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="74"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="72"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="73"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="78"/>
        <source>adaptive</source>
        <translation>自适应</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="81"/>
        <source>&amp;Notify me when a clip is ready or a task fails</source>
        <translation>片段完成或任务失败时通知我(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="82"/>
        <source>Generate &amp;audio</source>
        <translation>生成音频(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="99"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Text to video</source>
        <translation>文生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="109"/>
        <source>Image to video</source>
        <translation>图生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="110"/>
        <source>Reference to video</source>
        <translation>参考生视频</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="111"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="111"/>
        <source>Fast</source>
        <translation>快速</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="112"/>
        <source>Mini</source>
        <translation>迷你</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="116"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="119"/>
        <source>&amp;Clips folder:</source>
        <translation>片段文件夹(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="120"/>
        <source>&amp;File names:</source>
        <translation>文件名(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="121"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="122"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="123"/>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="124"/>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="125"/>
        <source>&amp;Quality:</source>
        <translation>画质(&amp;Q)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="126"/>
        <source>&amp;Aspect ratio:</source>
        <translation>画面比例(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="127"/>
        <source>API &amp;address:</source>
        <translation>API 地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Parallel status checks:</source>
        <translation>并行状态查询数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="131"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="132"/>
        <source>Change key…</source>
        <translation>更换密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="134"/>
        <source>File name example</source>
        <translation>文件名示例</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="171"/>
        <source>A new language or theme reopens the window at once; your prompt and media stay.</source>
        <translation>更换语言或主题会立即重新打开窗口；提示词和素材都会保留。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="189"/>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="191"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="192"/>
        <source>New clips</source>
        <translation>新片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="193"/>
        <source>Account &amp;&amp; advanced</source>
        <translation>账户与高级</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="194"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="195"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="237"/>
        <source>No key set (the demo runs on the simulator).</source>
        <translation>未设置密钥（演示模式在模拟器上运行）。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="239"/>
        <source>%1 from EVOLINK_API_KEY, which overrides the keychain</source>
        <translation>%1 来自 EVOLINK_API_KEY，它覆盖钥匙串中的密钥</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="241"/>
        <source>%1 for this session only</source>
        <translation>%1 仅用于本次会话</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="243"/>
        <source>%1 in %2</source>
        <translation>%1 位于 %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="250"/>
        <source>Clips folder</source>
        <translation>片段文件夹</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/settings_dialog.py" line="263"/>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
</context>
<context>
    <name>Studio</name>
    <message>
        <location filename="../../app/ui/studio.py" line="244"/>
        <source>Sent, but the answer was lost: the task is in the queue as “outcome unknown”. </source>
        <translation>已发送，但回复丢失：该任务以“结果未知”状态留在队列中。</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="256"/>
        <source>Submitted: %1</source>
        <translation>已提交：%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="268"/>
        <source>Offline — retrying automatically</source>
        <translation>离线 — 正在自动重试</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="269"/>
        <source>Back online</source>
        <translation>已恢复在线</translation>
    </message>
    <message>
        <location filename="../../app/ui/studio.py" line="278"/>
        <source>Enter your Evolink API key to leave the demo.</source>
        <translation>输入你的 Evolink API 密钥即可退出演示。</translation>
    </message>
</context>
<context>
    <name>TaskNotifier</name>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="46"/>
        <source> — %1 active</source>
        <translation> — %1 个进行中</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="54"/>
        <source>Clip ready</source>
        <translation>片段已完成</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="54"/>
        <source>“%1” is saved.</source>
        <translation>“%1”已保存。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="57"/>
        <source>Clip expired</source>
        <translation>片段已过期</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="58"/>
        <source>“%1”: the link expired before it was saved.</source>
        <translation>“%1”：链接在保存前已过期。</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="62"/>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="63"/>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <location filename="../../app/ui/queue/notifier.py" line="64"/>
        <source>“%1”: %2. No credits were spent.</source>
        <translation>“%1”：%2。未消耗积分。</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <location filename="../../app/ui/player/transport.py" line="54"/>
        <location filename="../../app/ui/player/transport.py" line="125"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="55"/>
        <source>Previous frame</source>
        <translation>上一帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="56"/>
        <source>Next frame</source>
        <translation>下一帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="57"/>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="58"/>
        <source>Mute</source>
        <translation>静音</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="59"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="64"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="66"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="73"/>
        <source>Play or pause (Space, K; L plays faster)</source>
        <translation>播放或暂停（空格、K；L 加速播放）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="74"/>
        <source>One frame back (Left; J jumps one second back)</source>
        <translation>后退一帧（左方向键；J 后退一秒）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="75"/>
        <source>One frame forward (Right)</source>
        <translation>前进一帧（右方向键）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="76"/>
        <source>Play the clip over and over</source>
        <translation>循环播放片段</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="77"/>
        <source>Mute (M)</source>
        <translation>静音（M）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="78"/>
        <source>Full screen (F; Esc leaves)</source>
        <translation>全屏（F；Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="82"/>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="86"/>
        <source>Elapsed</source>
        <translation>已播放</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="87"/>
        <source>Length</source>
        <translation>总长</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="88"/>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="94"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../app/ui/player/transport.py" line="125"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>TrashConfirmation</name>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="104"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="106"/>
        <source>Move “%1” and its settings file to the trash?</source>
        <translation>将“%1”及其设置文件移到回收站？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/dialogs.py" line="111"/>
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/library/dialogs.py" line="112"/>
        <source>Move these %n clips and their settings files to the trash?</source>
        <translation>
            <numerusform>将这 %n 个片段及其设置文件移到回收站？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="115"/>
        <source>You can restore them from the system trash.</source>
        <translation>可以从系统回收站中恢复它们。</translation>
    </message>
    <message>
        <location filename="../../app/ui/library/dialogs.py" line="116"/>
        <source>Move to &amp;trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="33"/>
        <source>Welcome to %1</source>
        <translation>欢迎使用 %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="35"/>
        <source>Write a prompt, pick a Seedance 2.0 model and get a short video clip, saved on your own disk. Real clips need an Evolink API key and cost credits.</source>
        <translation>写下提示词，选择一个 Seedance 2.0 模型，即可得到一段短视频，保存在你自己的磁盘上。制作真实片段需要 Evolink API 密钥，并会消耗积分。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="38"/>
        <source>The demo runs a simulator on this computer: everything works, nothing is spent, and every clip is a placeholder marked “SIMULATED”. You can enter a key at any time.</source>
        <translation>演示模式在本机运行一个模拟器：所有功能都可使用，不花费任何积分，每个片段都是标有“SIMULATED”的占位内容。你可以随时输入密钥。</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="41"/>
        <source>&amp;Enter API key…</source>
        <translation>输入 API 密钥(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="42"/>
        <source>Try the &amp;demo (no credits)</source>
        <translation>试用演示(&amp;D)（不消耗积分）</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="48"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="58"/>
        <source>Enter API key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/welcome_dialog.py" line="59"/>
        <source>Try the demo (no credits)</source>
        <translation>试用演示（不消耗积分）</translation>
    </message>
</context>
</TS>
