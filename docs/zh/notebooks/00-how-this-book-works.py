# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 笔记本：本书是怎样做成的
#
# 每一章都有一个像这样的配套笔记本。网站在构建时会运行它，所以下面的输出都是真实的；把它下载为 `.ipynb`，就可以自己运行。
#
# sigmoid 函数把得分 $z$ 压缩为一个概率：$\sigma(z) = \frac{1}{1 + e^{-z}}$。

# %%
import numpy as np

from mlbook.activations import sigmoid

z = np.array([-2.0, 0.0, 2.0])
print(sigmoid(z).round(4))

# %% [markdown]
# ## 对称性
#
# 这条曲线关于点 $(0, \tfrac{1}{2})$ 中心对称：$\sigma(-z) = 1 - \sigma(z)$。

# %%
print(np.allclose(sigmoid(-z), 1 - sigmoid(z)))
