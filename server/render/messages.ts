// The one home for render failure texts shown to people, in every language the product speaks.
export type RenderErrorCode =
  | 'invalid_options'
  | 'invalid_spec'
  | 'missing_dataset'
  | 'refused_url'
  | 'refused_file'
  | 'refused_image'
  | 'too_large'
  | 'timeout'
  | 'font_missing'
  | 'render_failed'

export type RenderLang = 'en' | 'zh-CN'

export const renderMessages: Record<RenderErrorCode, Record<RenderLang, string>> = {
  invalid_options: {
    'en': 'The render options are not valid.',
    'zh-CN': '渲染参数无效。',
  },
  invalid_spec: {
    'en': 'The chart specification could not be compiled.',
    'zh-CN': '无法编译图表规范。',
  },
  missing_dataset: {
    'en': 'The chart refers to a dataset that was not provided.',
    'zh-CN': '图表引用了未提供的数据集。',
  },
  refused_url: {
    'en': 'Charts may not load data from URLs; use an uploaded dataset instead.',
    'zh-CN': '图表不能从网址加载数据，请改用上传的数据集。',
  },
  refused_file: {
    'en': 'Charts may not read files from the server.',
    'zh-CN': '图表不能读取服务器上的文件。',
  },
  refused_image: {
    'en': 'Charts may not load images from URLs.',
    'zh-CN': '图表不能从网址加载图片。',
  },
  too_large: {
    'en': 'The chart is too large to render.',
    'zh-CN': '图表过大，无法渲染。',
  },
  timeout: {
    'en': 'The chart took too long to render.',
    'zh-CN': '图表渲染超时。',
  },
  font_missing: {
    'en': 'The chart font could not be loaded.',
    'zh-CN': '无法加载图表字体。',
  },
  render_failed: {
    'en': 'The chart could not be rendered.',
    'zh-CN': '图表渲染失败。',
  },
}
