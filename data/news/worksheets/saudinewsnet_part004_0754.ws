# saudinewsnet_part004_0754 (annotator57)
# "برنامج الانتساب" (a scheme named by what it does) and "بوابة القبول الموحد" (a descriptive name of the
# admission portal) are not annotated; academic majors are not annotated, their adjectives are NORP.
@P1
ORG | جامعة أم القرى | p1_uqu
DATE | الأحد القادم | p1_sunday

@P2
ORG | جامعة أم القرى | p2_uqu1
DATE | عام الجامعي 1436/1437هـ | p2_year      # "للعام الجامعي" (after لل)
DATE | يوم الأحد القادم | p2_sunday1
ORG | كلية خدمة المجتمع والتعليم المستمر | p2_ccs
PER | حامد بن صالح الربيعي | p2_rubaie1
REL | ROLE | p2_rubaie1 | p2_ccs
# "بفروع الجامعة بمكة المكرمة": the branches, not the university, are placed: no relation
GPE | مكة المكرمة | p2_makkah1
ORG | الكلية الجامعية | p2_uc_qunf1
GPE | القنفذة | p2_qunf1
REL | LOCATED_IN | p2_uc_qunf1 | p2_qunf1
ORG | الكلية الجامعية | p2_uc_laith1
GPE | الليث | p2_laith1
REL | LOCATED_IN | p2_uc_laith1 | p2_laith1
PER | الربيعي | p2_rubaie2
GPE | مكة المكرمة | p2_makkah2
ORG | كلية اللغة العربية | p2_arabic_col
REL | LOCATED_IN | p2_arabic_col | p2_makkah2   # "الكليات ... بمقر الجامعة الرئيسي بمكة المكرمة هي ..."
ORG | كلية الدعوة وأصول | p2_dawa_col              # truncated name as written ("وأصول [الدين]")
REL | LOCATED_IN | p2_dawa_col | p2_makkah2
NORP | الاسلامية | p2_islamic1                     # "أقسام الدعوة والثقافة الاسلامية ..." (departments named by subject)
ORG | كلية العلوم الاقتصادية والمالية الاسلامية | p2_econ_col
REL | LOCATED_IN | p2_econ_col | p2_makkah2
ORG | قسم الاقتصاد | p2_econ_dept
GPE | القنفذة | p2_qunf2                           # "فرع الجامعة بالقنفذة": the branch is placed, no relation
ORG | الكلية الجامعية | p2_uc_qunf2
GPE | القنفذة | p2_qunf3
REL | LOCATED_IN | p2_uc_qunf2 | p2_qunf3
NORP | الاسلامية | p2_islamic2
NORP | العربية | p2_arabic1
ORG | الكلية الجامعية | p2_uc_laith2
GPE | الليث | p2_laith2
REL | LOCATED_IN | p2_uc_laith2 | p2_laith2
NORP | الاسلامية | p2_islamic3
NORP | العربية | p2_arabic2
# "رابط الخبر بصحيفة الوئام:" then the repeated headline
ORG | الوئام | p2_weam
ORG | جامعة أم القرى | p2_uqu2
DATE | الأحد القادم | p2_sunday2
